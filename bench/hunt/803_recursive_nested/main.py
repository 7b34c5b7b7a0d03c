# SHAPE: recursive nested function capturing a local, handed to Process wrapper pkg.procs.run_in_child through a local alias
# OBSERVED: OK - correct
from pkg.procs import run_in_child


def main():
    mod = 1000

    def fib(q, n):
        def go(k):
            return k if k < 2 else (go(k - 1) + go(k - 2)) % mod
        q.put(go(n))

    job = fib
    print(run_in_child(job, 20))


if __name__ == "__main__":
    main()
