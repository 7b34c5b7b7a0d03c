# refuse: WRONGFIX: the worker captures `header = struct.Struct(...)`, which cannot be pickled
# (TypeError: cannot pickle '_struct.Struct' object). picklefix refuses module objects, thread
# queues, dict views and generators, but lifts this one; the fixed program fails at `p.start()`.
import multiprocessing as mp
import struct


def main():
    q = mp.Queue()
    header = struct.Struct("<HI")

    def work(out, n):
        out.put(header.pack(n, n * 2).hex())

    p = mp.Process(target=work, args=(q, 3))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
