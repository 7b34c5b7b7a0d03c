# fix: Process(args=...) is a list held in a variable, not a literal tuple; the captured
# `offset` must still reach the lifted worker.
import multiprocessing as mp


def main():
    q = mp.Queue()
    offset = 100
    argv = [q, 5]
    argv.append(6)

    def work(out, a, b):
        out.put(a + b + offset)

    p = mp.Process(target=work, args=argv)
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
