# fix: the worker uses a nested generator and a nested coroutine, both capturing `n`.
import asyncio
import multiprocessing as mp


def main():
    q = mp.Queue()
    n = 4

    def squares():
        for i in range(n):
            yield i * i

    async def total():
        await asyncio.sleep(0)
        return sum(squares()) + n

    def work(out):
        out.put((list(squares()), asyncio.run(total())))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
