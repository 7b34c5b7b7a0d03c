# fix: the nested `times` (reading `factor`) goes to call_in_child, and is called by
# `push`, which goes to `start`; the parent calls `times` as well. Two helpers of
# another module, one nested function called from three places.
import multiprocessing as mp

from jobs import call_in_child, start


def main():
    q = mp.Queue()
    factor = 7

    def times(x):
        return x * factor

    def push(out, x):
        out.put(times(x))

    p = start(push, q, 3)
    print(q.get(timeout=10))
    p.join()
    print(call_in_child(times, 5))
    print(times(6))


if __name__ == "__main__":
    main()
