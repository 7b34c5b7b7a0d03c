# OK but cosmetic: in an exploded `ex.submit(work, 1, 2,  # the second)` the captured value is
# added after `2,` and the trailing comment `# the second` moves to the new `prefix,` line (same
# with an exploded `args=(1, 2,  # the second)` tuple). Formatters accept it; the comment now
# annotates the wrong item.
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    prefix = "got"

    def work(a, b):
        return f"{prefix} {a} {b}"

    with ProcessPoolExecutor(2) as ex:
        fut = ex.submit(
            work,
            1,
            2,  # the second
        )
        print(fut.result())
