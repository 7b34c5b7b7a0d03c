# Shape: __init__ sets executor_cls = ThreadPoolExecutor, then overrides with ProcessPoolExecutor `if processes:`; guard function
from lib.runner import Runner

if __name__ == "__main__":
    def sq(x):
        return x * x

    print(Runner(processes=True).map(sq, [1, 2, 3]), flush=True)
