# fix: the captured list is mutated (not rebound) between creation and start; the list object
# bound at creation is pickled at start, so the child sees the same contents fork gives it.
import multiprocessing as mp


def main():
    q = mp.Queue()
    items = [1]

    def work(q):
        q.put(sum(items))

    p = mp.Process(target=work, args=(q,))
    items.append(10)
    items += [100]
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
