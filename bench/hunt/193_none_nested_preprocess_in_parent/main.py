# none: the nested function is only called in the parent by the wrapper, which sends its
# results to a module-level worker.
from jobs.mapper import prepare_then_map


def main():
    shift = 2

    def pre(s):
        return len(s) + shift

    print(sorted(prepare_then_map(pre, ["a", "bb", "ccc"])))


if __name__ == "__main__":
    main()
