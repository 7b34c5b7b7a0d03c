# Shape: Session context manager creates the ProcessPoolExecutor in __enter__; method maps with self._ex.
from lib.session import Session

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    with Session() as s: print(s.map(f, [1, 2]))
