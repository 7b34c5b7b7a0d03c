# Shape: class attribute flag use_processes = False, subclass ProcessRunner sets True; multiprocessing.Pool vs ThreadPool; guard function
from lib.runners import ProcessRunner

if __name__ == "__main__":
    def sq(x):
        return x * x

    print(ProcessRunner().map(sq, [1, 2, 3]), flush=True)
