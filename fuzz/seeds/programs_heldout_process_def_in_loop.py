from multiprocessing import Process, Queue


def main():
    q = Queue()
    procs = []
    for i in range(3):
        label = f"w{i}"

        def worker(n):
            q.put((label, n * i))

        p = Process(target=worker, args=(10,))  # PKL003
        procs.append(p)
        p.start()
    for p in procs:
        p.join()
    print(sorted(q.get(timeout=5) for _ in procs))


if __name__ == "__main__":
    main()
