# Shape (negative): io utils wrapper over ThreadPoolExecutor; lambdas and nested fns are fine.
from lib.io import fetch_all

if __name__ == "__main__":
    prefix = "url:"
    def fetch(u):
        return prefix + u
    print(fetch_all(fetch, ["a", "b"]))
    print(fetch_all(lambda u: u.upper(), ["a", "b"]))
