# refuse: main installs a shim module under the name "fastjson"; a forked child imports
# it from sys.modules, a spawned child has no such module and raises ImportError.
import json
import multiprocessing
import sys


def main():
    sys.modules["fastjson"] = json
    record = {"b": 1, "a": 2}

    def dump(q):
        import fastjson

        q.put(fastjson.dumps(record, sort_keys=True))

    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=dump, args=(q,))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
