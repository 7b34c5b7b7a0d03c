from multiprocessing import Pool, Process, Queue


def main():
    results = Queue()

    def report(n):
        results.put(n * n)

    worker = Process(target=report, args=(7,))  # PKL003
    worker.start()
    worker.join()
    print("process:", results.get(timeout=10))
    with Pool(2) as pool:
        print("pool:", pool.apply(lambda: 3 + 4))  # PKL002


if __name__ == "__main__":
    main()
