# refuse: the child prints the raw first source line of `work` (indented by four spaces under the
# guard); moving it above the guard removes the indentation, so the printed line changes.
import inspect
import multiprocessing as mp


def show(fn, q):
    q.put(repr(inspect.getsource(fn).splitlines()[0]))
    fn(q)


if __name__ == "__main__":
    def work(q):
        q.put("ok")

    q = mp.Queue()
    p = mp.Process(target=show, args=(work, q))
    p.start()
    print(q.get(), q.get())
    p.join()
