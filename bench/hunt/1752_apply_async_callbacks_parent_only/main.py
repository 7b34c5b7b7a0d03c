# shape: wrapper uses apply_async(callback=..., error_callback=...) with lambdas from main; worker is module-level -- callbacks run in the parent, nothing to report
from multiprocessing import Pool

from tools.work import crunch

if __name__ == "__main__":
    done, errors = [], []
    with Pool(2) as pool:
        for x in [1, 2, 3, 0]:
            pool.apply_async(
                crunch,
                (x,),
                callback=lambda r: done.append(r),
                error_callback=lambda e: errors.append(type(e).__name__),
            )
        pool.close()
        pool.join()
    print(sorted(done), errors)
