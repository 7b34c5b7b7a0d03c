import multiprocessing as mp

COUNTER = 10

if __name__ == "__main__":
    def bump(q):
        global COUNTER
        COUNTER += 5
        q.put(COUNTER)

    q = mp.Queue()
    p = mp.Process(target=bump, args=(q,))
    p.start()
    print(q.get(), COUNTER)
    p.join()
