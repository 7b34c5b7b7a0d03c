# fix: the worker is a nested function decorated with functools.lru_cache, recursive,
# and reading the captured `mod`; the parent calls it as well, after the child is done.
import functools

from jobs import call_in_child


def main():
    mod = 1000

    @functools.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else (fib(n - 1) + fib(n - 2)) % mod

    print(call_in_child(fib, 90), fib(20))


if __name__ == "__main__":
    main()
