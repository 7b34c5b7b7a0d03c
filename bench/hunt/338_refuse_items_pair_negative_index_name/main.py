# refuse: the worker reads `__name__` of each callable taken out of `.items()` by pair[-1].
import multiprocessing as mp


def run_ops(ops, x):
    for pair in sorted(ops.items()):
        fn = pair[-1]
        print(pair[0], fn.__name__, fn(x), flush=True)


def main():
    k = 3
    p = mp.Process(target=run_ops, args=({"add": lambda x: x + k, "mul": lambda x: x * k}, 2))
    p.start()
    p.join()


if __name__ == "__main__":
    main()
