from concurrent.futures import ThreadPoolExecutor

from ep.fan import fan_out


def main():
    suffix = "!"
    with ThreadPoolExecutor(4) as io:
        print(fan_out(lambda s: s + suffix, ["hi", "yo"], executor=io))


if __name__ == "__main__":
    main()
