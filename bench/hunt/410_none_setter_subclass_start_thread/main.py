# Tests: ThreadJob(Job) overrides start() with threading.Thread; the nested worker uses nonlocal, which is
# fine in a thread. Nothing should be reported.
# Observed: FALSE-REFUSAL - PKL003 "passed to Job.set_task (which hands it to Process...)": the override is ignored.
import queue

from pkg.jobs import ThreadJob


def main():
    q = queue.Queue()
    total = 0

    def work(q, x):
        nonlocal total
        total += x
        q.put(x * 2)

    t = ThreadJob().set_task(work, q, 3).start()
    print(q.get(timeout=10))
    t.join()
    print("total", total)


if __name__ == "__main__":
    main()
