# REFUSED (false refusal): `m = re.match(...)` then `m = m.group(1)` before the worker reads `m`.
# Every binding, not the one that reaches the worker, is judged: refused as "a regular expression
# match" though the captured value is a str.
import re
from multiprocessing import Pool

if __name__ == "__main__":
    m = re.match(r"(\w+)", "hello world")
    m = m.group(1)

    def work(x):
        return m + x

    with Pool(2) as p:
        print(p.map(work, ["a", "b"]))
