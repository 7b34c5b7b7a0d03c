from concurrent import futures


def main():
    with futures.ProcessPoolExecutor(max_workers=2) as pool:
        future = pool.submit(lambda: "from concurrent import futures")  # PKL002
        print(future.result())


if __name__ == "__main__":
    main()
