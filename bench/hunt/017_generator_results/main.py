from batch.stream import iter_results

if __name__ == "__main__":

    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    print(list(iter_results(fib, range(12))))
