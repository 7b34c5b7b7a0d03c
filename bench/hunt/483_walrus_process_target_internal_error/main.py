# ERROR (crash): `mp.Process(target=(f := lambda out: out.put(k * 2)), args=(q,))` with a
# captured `k`. The report marks it fixable, then --fix/--diff fail with "internal error: a fix has
# overlapping edits (104..130 and 104..130)", exit 2. Same with `ex.submit(f := lambda x: x * k, 5)`
# (the captured value goes into the call's arguments while the walrus is rewritten in place);
# only the Pool.map form (functools.partial) of change 5 works.
import multiprocessing as mp


def main():
    k = 3
    q = mp.Queue()
    p = mp.Process(target=(f := lambda out: out.put(k * 2)), args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
