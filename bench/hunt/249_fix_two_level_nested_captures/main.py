# fix: `work` is nested two levels deep and captures from both enclosing functions.
import multiprocessing as mp


def main():
    q = mp.Queue()
    unit = "kg"

    def build(scale):
        def work(out, n):
            out.put(f"{n * scale}{unit}")

        return mp.Process(target=work, args=(q, 4))

    p = build(5)
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
