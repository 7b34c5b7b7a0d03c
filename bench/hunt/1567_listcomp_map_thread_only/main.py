# shape: results = [r.map(lambda ...) for r in [Runner(), Runner()]]
from pkg.runner import Runner


def main():
    k = 3
    results = [r.map(lambda x, q: q.put(x * k), [1, 2]) for r in [Runner(), Runner()]]
    print(results)


if __name__ == "__main__":
    main()
