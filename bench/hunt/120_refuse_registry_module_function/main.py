# refuse: main() calls registry.register(), which appends to registry.ITEMS; the nested
# `work` reads registry.ITEMS. Lifted, a spawn child imports registry again and sees [].
import multiprocessing as mp

import registry


def main():
    registry.register("alpha")
    q = mp.Queue()
    sep = ","

    def work(q):
        q.put(sep.join(registry.ITEMS))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
