# picklefix-test: refused
from multiprocessing import Process, Queue


def main():
    q = Queue()
    procs = []
    for region in ["north", "south", "east"]:
        procs.append(Process(target=lambda: q.put(region)))  # PKL002
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(sorted(q.get() for _ in procs))


if __name__ == "__main__":
    main()
