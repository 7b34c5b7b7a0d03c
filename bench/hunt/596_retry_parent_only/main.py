# Shape (negative): project helper `retry(fn, times)` only calls fn in the parent; lambdas / guard fns fine.
from lib.util import retry

if __name__ == "__main__":
    attempts = []
    def flaky():
        attempts.append(1)
        if len(attempts) < 2:
            raise ValueError
        return "done"
    print(retry(flaky, 3), retry(lambda: 7, 1))
