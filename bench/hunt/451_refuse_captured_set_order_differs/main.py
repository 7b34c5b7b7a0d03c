# refuse: WRONGFIX: the worker numbers the captured set `tags` by iteration order and compares
# it with the parent's numbering. A forked child shares the parent's str hash seed, so the
# orders agree (True); a spawned child rebuilds the set with its own hash seed and prints False
# (almost always with 30 strings; only when PYTHONHASHSEED is unset). picklefix lifts and passes
# the set.
import multiprocessing as mp


def main():
    q = mp.Queue()
    tags = {f"tag{i:02d}" for i in range(30)}
    index = {t: i for i, t in enumerate(tags)}

    def work(out):
        mine = {t: i for i, t in enumerate(tags)}
        out.put(mine == index)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
