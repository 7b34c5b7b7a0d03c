# shape: code-corpus excerpt 'def run_with_timeout(seconds): Decorator that runs a function with a timeout' -- decorator factory; func captured by closures, sent in Process args (handler lifted to module level here)
from pkg.timeouts import run_with_timeout

def main():
    limit = 9
    guarded = run_with_timeout(5)(lambda n: min(n, limit))
    return guarded(20)

if __name__ == "__main__":
    print(main())
