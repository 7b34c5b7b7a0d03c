# fix: the target lambda evaluates current_process().name in the child ("loader"). A rewrite
# to target=report, args=(q, mp.current_process().name) would send "MainProcess".
import multiprocessing as mp


def report(out, who):
    out.put(f"running in {who}")


def main():
    q = mp.Queue()
    p = mp.Process(target=lambda: report(q, mp.current_process().name), name="loader")
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
