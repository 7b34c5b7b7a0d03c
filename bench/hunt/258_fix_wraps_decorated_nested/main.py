# fix: the nested worker is decorated with a module-level functools.wraps decorator that only
# passes its arguments on.
import functools
import multiprocessing as mp


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


def main():
    q = mp.Queue()
    rate = 3

    @logged
    def work(out, hours):
        out.put(hours * rate)

    p = mp.Process(target=work, args=(q, 8))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
