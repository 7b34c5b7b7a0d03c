# refuse: the parent shortens reprlib's list limit; a forked child inherits the patched
# reprlib.aRepr and prints 3 items, a spawned child would use the default of 6.
import multiprocessing
import reprlib

if __name__ == "__main__":
    reprlib.aRepr.maxlist = 3

    def summarize(q, values):
        q.put(reprlib.repr(values))

    queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=summarize, args=(queue, list(range(10))))
    proc.start()
    print(queue.get())
    proc.join()
