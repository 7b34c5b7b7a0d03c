from concurrent.futures import ProcessPoolExecutor, as_completed


def main():
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(lambda n: n * n, n) for n in range(4)]  # PKL002
        print(sorted(f.result() for f in as_completed(futures)))


if __name__ == "__main__":
    main()
