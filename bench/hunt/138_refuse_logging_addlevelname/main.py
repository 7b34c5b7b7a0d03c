# refuse: main registers a custom level name; the worker formats it. Spawned workers
# re-import logging without the name and print "Level 25".
import logging
import multiprocessing

NOTICE = 25

if __name__ == "__main__":
    logging.addLevelName(NOTICE, "NOTICE")
    sep = ":"

    def label(msg):
        return logging.getLevelName(NOTICE) + sep + msg

    with multiprocessing.Pool(2) as pool:
        print(pool.map(label, ["a", "b"]))
