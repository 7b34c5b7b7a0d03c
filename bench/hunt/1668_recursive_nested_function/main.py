# shape: code-corpus excerpt 'def run_parallel(func, items, workers=4): with ProcessPoolExecutor(workers) as ex: return list(ex.map(func, items))' -- nested function that recurses and captures a memo limit
from pkg.par import run_parallel

def main(limit):
    def fib(n):
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2) if n <= limit else -1
    return run_parallel(fib, [5, 10, 30])

if __name__ == "__main__":
    print(main(20))
