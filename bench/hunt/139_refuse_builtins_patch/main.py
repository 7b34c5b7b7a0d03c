# refuse: main installs a helper into builtins (as gettext.install does); a spawned child
# does not have it, so the lifted function raises NameError.
import builtins
import multiprocessing


def main():
    builtins.shout = str.upper
    excl = "!"

    def announce(word, q):
        q.put(shout(word) + excl)  # noqa: F821

    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=announce, args=("hi", q))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
