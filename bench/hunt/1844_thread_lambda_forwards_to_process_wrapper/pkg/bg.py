import threading
from concurrent.futures import ProcessPoolExecutor


def pmap(fn, items):
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(fn, items))


def background_map(fn, items, on_done):
    t = threading.Thread(target=lambda: on_done(pmap(fn, items)))
    t.start()
    return t
