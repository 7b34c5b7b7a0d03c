import multiprocessing.dummy
from multiprocessing.dummy import Pool as ThreadPool, Process as Thread


def main():
    results = []
    with ThreadPool(2) as pool:
        print(pool.map(lambda x: -x, [1, 2]))
    with multiprocessing.dummy.Pool(2) as pool:
        print(pool.starmap(lambda a, b: a * b, [(2, 3)]))
    t = Thread(target=lambda: results.append("dummy process is a thread"))
    t.start()
    t.join()
    print(results)


if __name__ == "__main__":
    main()
