# SHAPE: NEGATIVE - pkg.conc does `import multiprocessing.dummy as mp` (threads with the multiprocessing API) and wraps mp.Process(target=fn); lambda handed in main
# OBSERVED: OK - correct
from pkg.conc import run_bg


def main():
    out = []
    k = 4
    run_bg(lambda: out.append(k * 2))
    print(out)


if __name__ == "__main__":
    main()
