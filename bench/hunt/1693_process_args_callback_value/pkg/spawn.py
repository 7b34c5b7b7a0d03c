from multiprocessing import Process


def worker(cb):
    for i in range(2):
        cb(i)


def spawn_with_callback(worker, cb):
    p = Process(target=worker, args=(cb,))
    p.start()
    p.join()
