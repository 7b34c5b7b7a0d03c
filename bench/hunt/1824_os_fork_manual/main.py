# shape: run_forked(fn, *args) calls os.fork() directly and pipes repr(fn(*args)) back (gunicorn-style); no multiprocessing start method is involved -- nothing to report
from pkg.forked import run_forked

if __name__ == "__main__":
    k = 1
    print(run_forked(lambda a, b: a * b + k, 6, 7))
