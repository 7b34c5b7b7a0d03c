import functools
import threading


def main():
    factor = 2

    def scale(x):
        return x * factor

    print(list(map(lambda x: x + 1, [1, 2])))
    print(list(map(scale, [1, 2])))
    print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
    results = []
    t = threading.Thread(target=lambda: results.append("thread"))
    t.start()
    t.join()
    print(results)


if __name__ == "__main__":
    main()
