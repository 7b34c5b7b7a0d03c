# fix: the nested worker takes `*nums` and captures `scale`; a capture appended to
# Process(args=...) would land in `nums`, so it must travel by keyword.
import multiprocessing as mp


def main():
    q = mp.Queue()
    scale = 10

    def work(out, *nums):
        out.put([n * scale for n in nums])

    p = mp.Process(target=work, args=(q, 1, 2, 3))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
