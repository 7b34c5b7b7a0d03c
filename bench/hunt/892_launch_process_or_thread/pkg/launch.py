import multiprocessing
import threading

def launch(target, args=(), use_threads=False):
    cls = threading.Thread if use_threads else multiprocessing.Process
    w = cls(target=target, args=args)
    w.start()
    w.join()
