# fix: the nested worker takes `**opts` and is given opts["k"] = 99, while it also captures a
# local `k` (7). Forked it prints (7, {'k': 99}); a lift passing the capture as the keyword
# `k` would collide with the worker's own keyword.
import multiprocessing as mp


def main():
    q = mp.Queue()
    k = 7

    def work(out, **opts):
        out.put((k, opts))

    p = mp.Process(target=work, args=(q,), kwargs={"k": 99})
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
