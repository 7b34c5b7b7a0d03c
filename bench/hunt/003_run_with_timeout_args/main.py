from guard.timeout import run_with_timeout


def checksum(data, modulus):
    return sum(data) % modulus


def main():
    modulus = 97
    data = list(range(1000))
    print(run_with_timeout(lambda chunk: checksum(chunk, modulus), args=(data,), timeout=5))
    print(run_with_timeout(lambda: len(data) * 2, timeout=5))


if __name__ == "__main__":
    main()
