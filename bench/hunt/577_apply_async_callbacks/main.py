# Shape: wrapper uses apply_async with callback/error_callback; user passes a worker fn and a lambda callback.
from lib.par import run_async

if __name__ == "__main__":
    results = []
    step = 3
    def work(x):
        return x + step
    run_async(work, [1, 2, 3], on_done=lambda r: results.append(r))
    print(sorted(results))
