# fix: the target calls a nested helper decorated with functools.lru_cache that captures
# `rate`; the wrapper of another module adds the queue in front of the arguments.
import functools

from jobs.run import in_child


def main():
    rate = 7

    @functools.lru_cache(maxsize=None)
    def cost(n):
        return n * rate if n < 2 else cost(n - 1) + cost(n - 2)

    def work(out, n):
        out.put((cost(n), cost.cache_info().hits > 0))

    print(in_child(work, 15))


if __name__ == "__main__":
    main()
