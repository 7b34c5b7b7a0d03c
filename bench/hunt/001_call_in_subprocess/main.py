from isolate import call_in_subprocess


def main():
    base = 10
    results = [call_in_subprocess(lambda x: x + base, i) for i in range(3)]
    print(results)


if __name__ == "__main__":
    main()
