# REFUSE: start_logged() records fn.__qualname__ in the parent and main() prints the log.
# The nested `job` is "main.<locals>.job"; lifted to module level its qualified name
# becomes "job" (or a new name), so the printed log changes.
import multiprocessing

from app.launch import LOG, start_logged


def main():
    q = multiprocessing.Queue()

    def job(out):
        out.put(sum(range(10)))

    p = start_logged(job, q)
    print(q.get(timeout=10))
    p.join(10)
    print(LOG)


if __name__ == "__main__":
    main()
