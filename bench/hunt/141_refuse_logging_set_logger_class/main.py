# refuse: main installs a custom Logger class; loggers the forked child creates use it,
# a spawned child's logging module does not know it and makes plain Loggers.
import logging
import multiprocessing


class AuditLogger(logging.Logger):
    pass


def main():
    logging.setLoggerClass(AuditLogger)
    names = ["db", "api"]

    def kinds(q):
        q.put([type(logging.getLogger(f"app.{n}")).__name__ for n in names])

    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=kinds, args=(q,))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
