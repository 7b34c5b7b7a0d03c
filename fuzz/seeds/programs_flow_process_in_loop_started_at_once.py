from multiprocessing import Process, Queue


def main():
    q = Queue()
    procs = []
    for region in ["north", "south"]:
        p = Process(target=lambda: q.put(region))  # PKL002
        p.daemon = True
        p.start()
        procs.append(p)
    for region in ["east", "west"]:
        Process(target=lambda: q.put(region)).start()  # PKL002
    print(sorted(q.get() for _ in range(4)))
    for p in procs:
        p.join()


if __name__ == "__main__":
    main()
