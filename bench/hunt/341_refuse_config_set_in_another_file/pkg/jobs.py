import multiprocessing as mp

from . import config


def run(tag):
    q = mp.Queue()

    def work(out):
        out.put((tag, config.VALUE))

    p = mp.Process(target=work, args=(q,))
    p.start()
    result = q.get(timeout=10)
    p.join()
    return result
