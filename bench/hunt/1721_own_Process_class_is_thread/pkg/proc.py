import threading


class Process(threading.Thread):
    pass


def start(fn):
    p = Process(target=fn)
    p.start()
    return p
