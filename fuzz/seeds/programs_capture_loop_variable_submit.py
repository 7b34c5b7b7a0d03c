from concurrent.futures import ProcessPoolExecutor


def main():
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = []
        for i in range(3):
            futs.append(ex.submit(lambda: i * 10))  # PKL002
        print([f.result() for f in futs])


if __name__ == "__main__":
    main()
