import multiprocessing

_STOP = None


def _identity(item):
    return item


def _loop(fn, inbox, outbox):
    while True:
        item = inbox.get(timeout=10)
        if item is _STOP:
            break
        outbox.put(fn(item))


class Worker:
    def __init__(self, fn=None):
        self.fn = fn or _identity
        self.inbox = multiprocessing.Queue()
        self.outbox = multiprocessing.Queue()
        self.proc = None

    def start(self):
        self.proc = multiprocessing.Process(
            target=_loop, args=(self.fn, self.inbox, self.outbox)
        )
        self.proc.start()

    def process(self, items):
        for item in items:
            self.inbox.put(item)
        return [self.outbox.get(timeout=10) for _ in items]

    def stop(self):
        self.inbox.put(_STOP)
        self.proc.join()
