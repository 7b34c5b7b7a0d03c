from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def main():
    seen = []

    def record(future):
        seen.append(future.result())

    with ProcessPoolExecutor(max_workers=2) as executor:
        first = executor.submit(square, 3)
        first.add_done_callback(lambda f: seen.append(f.result() + 1))
        second = executor.submit(square, 4)
        second.add_done_callback(record)
    print(sorted(seen))


if __name__ == "__main__":
    main()
