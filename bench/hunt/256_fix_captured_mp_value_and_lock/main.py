# fix: the nested worker captures a multiprocessing.Value and Lock, which Process(args=...)
# may carry (they are inherited, not pickled by value).
import multiprocessing as mp


def main():
    total = mp.Value("i", 0)
    lock = mp.Lock()
    step = 5

    def work(times):
        for _ in range(times):
            with lock:
                total.value += step

    procs = [mp.Process(target=work, args=(n,)) for n in (1, 2, 3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(total.value)


if __name__ == "__main__":
    main()
