import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def scaled(values, factor, threads):
    executor = ThreadPoolExecutor if threads else ProcessPoolExecutor
    with executor(max_workers=2) as ex:
        return list(ex.map(lambda v: v * factor, values))  # PKL002


class Runner:
    _ctx = mp.get_context("spawn")

    def run(self, word):
        def shout():
            print(word.upper(), flush=True)

        p = self._ctx.Process(target=shout)  # PKL003
        p.start()
        p.join()


if __name__ == "__main__":
    print(scaled([1, 2], 3, threads=True))
    print(scaled([1, 2], 3, threads=False))
    Runner().run("spawned")
