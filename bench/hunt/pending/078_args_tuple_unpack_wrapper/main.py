# Shape (variant of 013): def submit_job(*args): fn, *rest = args; ex.submit(fn, *rest)
# OBSERVED: MISS - no finding; wrapper unpacks the callable from *args (fn, *rest = args).
from concurrent.futures import ProcessPoolExecutor


def submit_job(*args):
    fn, *rest = args
    with ProcessPoolExecutor(1) as ex:
        return ex.submit(fn, *rest).result()


def main():
    print(submit_job(lambda a: a + 1, 1))


if __name__ == "__main__":
    main()
