# picklefix-test: refused
from concurrent.futures import ProcessPoolExecutor


def main():
    scope = {"total": 0}

    def run(code):
        exec(code)
        return scope["total"]

    with ProcessPoolExecutor(max_workers=2) as executor:
        print(executor.submit(run, "scope['total'] += 1").result())  # PKL003


if __name__ == "__main__":
    main()
