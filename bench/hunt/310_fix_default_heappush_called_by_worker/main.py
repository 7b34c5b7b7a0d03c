# fix: heapq.heappush changes count's default list; the worker calls it three times.
import heapq
import multiprocessing as mp


def main():
    q = mp.Queue()

    def push(x, heap=[]):
        heapq.heappush(heap, x)
        return len(heap)

    def run(out):
        out.put([push(x) for x in (5, 3, 7)])

    p = mp.Process(target=run, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
