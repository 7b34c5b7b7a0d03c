# fix: between Process(...) and start() a list comprehension uses `label` as its variable;
# comprehension variables do not leak, so the captured `label` is unchanged ("job main").
import multiprocessing as mp


def main():
    q = mp.Queue()
    label = "main"

    def work(out):
        out.put("job " + label)

    proc = mp.Process(target=work, args=(q,))
    upper = [label.upper() for label in ["a", "b"]]
    proc.start()
    print(q.get(timeout=10), upper)
    proc.join()


if __name__ == "__main__":
    main()
