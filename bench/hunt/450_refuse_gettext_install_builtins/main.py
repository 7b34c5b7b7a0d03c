# refuse: WRONGFIX: `gettext.install("app")` puts `_` into builtins in the parent; the forked
# child has it. picklefix lifts `work` (only `who` captured); the spawned child has no `_`
# (NameError), so the parent gets queue.Empty. (A direct `builtins` patch is refused, 139.)
import gettext
import multiprocessing as mp


def main():
    gettext.install("app")
    q = mp.Queue()
    who = "world"

    def work(out):
        out.put(_("hello ") + who)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
