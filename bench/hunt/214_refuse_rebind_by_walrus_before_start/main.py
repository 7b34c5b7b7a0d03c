# refuse: a walrus in an `if` test rebinds the captured `size` between Process(...) and
# start(). Forked, the child sees 8; a lift binding `size` where the Process is built sends 4.
import multiprocessing as mp


def main():
    q = mp.Queue()
    size = 4
    proc = mp.Process(target=lambda out: out.put(["x"] * size), args=(q,))
    if (size := size * 2) > 5:
        print("grown to", size)
    proc.start()
    print(len(q.get(timeout=10)))
    proc.join()


if __name__ == "__main__":
    main()
