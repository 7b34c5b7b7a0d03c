# refuse: the process is created before `mode` is rebound and started after; under
# fork the child reads the guard global when it runs and reports "fast", while a lifted
# target given `mode` through Process(args=...) at creation would report "safe".
import multiprocessing

from svc.procs import make_process

if __name__ == "__main__":
    mode = "safe"

    def work(q):
        q.put(f"running in {mode} mode")

    queue = multiprocessing.Queue()
    proc = make_process(work, queue)
    mode = "fast"
    proc.start()
    print(queue.get())
    proc.join()
