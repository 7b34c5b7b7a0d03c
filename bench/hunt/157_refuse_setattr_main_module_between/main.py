# refuse: setattr on the running __main__ module rebinds the guard global `level`
# after the process is created and before it starts; under fork the child reports 9,
# a lifted `show` given `level` at Process() time would report 1.
import multiprocessing
import sys

if __name__ == "__main__":
    level = 1

    def show(q):
        q.put(f"level={level}")

    queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=show, args=(queue,))
    setattr(sys.modules[__name__], "level", 9)
    proc.start()
    print(queue.get())
    proc.join()
