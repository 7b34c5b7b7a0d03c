# fix: `main` imports an optional fast JSON module, falling back to json; the nested worker
# uses whichever was bound. Moving only the first import into the lifted function would raise
# ImportError in the worker.
import multiprocessing as mp


def main():
    try:
        import ujson_not_installed as js
    except ImportError:
        import json as js
    q = mp.Queue()
    data = {"b": 1, "a": 2}

    def work(out):
        out.put(js.dumps(data, sort_keys=True))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
