# refuse: a ProcessPoolExecutor under fork starts its workers at the first submit, while
# `unit` is "cm"; the guard rebinds it before the second submit. Forked, both tasks see "cm";
# a lift passing `unit` at each submit would send "mm" to the second.
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    unit = "cm"

    def fmt(n):
        return f"{n}{unit}"

    with ProcessPoolExecutor(1) as ex:
        first = ex.submit(fmt, 1)
        first.result()
        unit = "mm"
        second = ex.submit(fmt, 2)
        print(first.result(), second.result())
