# WRONGFIX: `gettext.NullTranslations().install()` (the method form of gettext.install,
# which also puts `_` among the builtins) before the hand-over; the lifted worker calls `_`.
# Under spawn/forkserver the worker raises NameError (the parent's q.get then times out).
import gettext
import multiprocessing as mp


def main():
    gettext.NullTranslations().install()
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
