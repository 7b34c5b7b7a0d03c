# WRONGFIX: `gettext.translation("app", fallback=True).install()` before the hand-over, the
# usual spelling in applications; same failure as gettext_nulltranslations_install (NameError
# on `_` in the spawned worker).
import gettext
import multiprocessing as mp


def main():
    gettext.translation("app", fallback=True).install()
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
