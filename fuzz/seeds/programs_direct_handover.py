import functools
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, Process
from operator import neg

SETTINGS = {}


def prepare(cfg):
    SETTINGS["cfg"] = cfg


def configured(x):
    return f"{SETTINGS['cfg']}:{x}"


def serve(host, port):
    print("serving", host, port)


def report(i, label):
    print("report", i, label)


def greet(name, punct="."):
    print("hello", name + punct)


def work(x):
    return x * 10


def scale(x, factor=1):
    return x * factor


def add(a, b):
    return a + b


def main():
    cfg = "fast"
    host, port = "localhost", 8080
    label = "done"
    k = 3
    with Pool(1, initializer=lambda: prepare(cfg)) as pool:  # PKL002
        print(pool.map(configured, [1, 2]))
        print(pool.map(lambda x: work(x), [1, 2]))  # PKL002
        print(pool.map(lambda x: scale(x, factor=k), [1, 2]))  # PKL002
        print(pool.starmap(lambda a, b: add(a, b), [(1, 2), (3, 4)]))  # PKL002
        print(pool.map(lambda x: neg(x), [5]))  # PKL002
        print(pool.map(lambda s: len(s), ["abc"]))  # PKL002
        print(pool.apply_async(lambda: work(k)).get())  # PKL002
    for target in [
        Process(target=lambda: serve(host, port)),  # PKL002
        Process(target=lambda i: report(i, label), args=(1,)),  # PKL002
        Process(target=lambda: greet(label, punct="!")),  # PKL002
    ]:
        target.start()
        target.join()
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(executor.submit(lambda: work(k)).result())  # PKL002
        print(executor.submit(lambda: scale(k, factor=2)).result())  # PKL002
        print(executor.submit(functools.partial(work, 4)).result())


if __name__ == "__main__":
    main()
