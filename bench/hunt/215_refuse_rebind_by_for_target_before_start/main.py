# refuse: `label` is reused as a `for` target between Process(...) and start(), so it ends as
# "c". Forked, the child prints "job c"; a lift binding `label` where the Process is built
# prints "job main".
import multiprocessing as mp


def main():
    q = mp.Queue()
    label = "main"

    def work(out):
        out.put("job " + label)

    proc = mp.Process(target=work, args=(q,))
    for label in ["a", "b", "c"]:
        pass
    proc.start()
    print(q.get(timeout=10))
    proc.join()


if __name__ == "__main__":
    main()
