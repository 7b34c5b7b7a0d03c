# none: the wrapper sends its module-level `transform` to the pool; the lambda and the
# nested function go to `on_result`, which it only calls in the parent.
from pipe import parse, pipeline


def main():
    seen = []
    pipeline(parse, ["a = 1", "b=2"], lambda pair: seen.append(pair))
    total = {"sum": 0}

    def add(pair):
        total["sum"] += pair[1]

    pipeline(parse, ["c=3", "d= 4"], add)
    print(seen, total)


if __name__ == "__main__":
    main()
