# fix: `late` is assigned after `work` is defined but before the hand-over; the lift must bind
# it at the hand-over, not where `work` was defined.
import multiprocessing as mp


def main():
    q = mp.Queue()

    def work(out):
        out.put(late * 2)

    late = 21
    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
