# picklefix-test: refused
import multiprocessing


def main():
    queue = multiprocessing.Queue()
    with multiprocessing.Pool(2) as pool:
        pool.map(lambda x: queue.put(x * 2), [1, 2])  # PKL002
    print(sorted(queue.get() for _ in range(2)))


if __name__ == "__main__":
    main()
