# refuse: `log` is the module-level list EVENTS under another name; the worker appends through
# the alias and reports EVENTS. Forked, the child appends to EVENTS itself (['start', 'job']);
# lifted, `log` is a pickled copy, and EVENTS stays ['start'].
import multiprocessing as mp

EVENTS = ["start"]


def main():
    q = mp.Queue()
    log = EVENTS

    def work(out):
        log.append("job")
        out.put(list(EVENTS))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
