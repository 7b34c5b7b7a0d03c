# fix: the nested worker's default reads SEP, a module-level constant defined below `main`;
# a function lifted above `main` would evaluate it before SEP exists.
import multiprocessing as mp


def main():
    q = mp.Queue()
    parts = ["a", "b"]

    def work(out, sep=SEP):
        out.put(sep.join(parts))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


SEP = "-"

if __name__ == "__main__":
    main()
