# Tests: os.putenv (not os.environ) before the lambda worker starts; a fork child keeps the parent os.environ
# copy (unset), spawn/forkserver rebuild os.environ from the real environment.
# Observed: WRONGFIX - lambda lifted; fork prints "unset", spawn/forkserver print "fast".
import multiprocessing as mp
import os


def main():
    os.putenv("PF46_MODE", "fast")
    q = mp.Queue()
    p = mp.Process(target=lambda: q.put(os.environ.get("PF46_MODE", "unset")))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
