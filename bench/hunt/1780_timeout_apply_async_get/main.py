# shape: call_with_timeout(fn, *args, timeout=) runs fn in a one-worker Pool via apply_async(...).get(timeout) -- lambda
from helpers.timeout import call_with_timeout

if __name__ == "__main__":
    base = 40
    print(call_with_timeout(lambda a: base + a, 2, timeout=5))
