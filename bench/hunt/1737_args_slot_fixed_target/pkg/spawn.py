from multiprocessing import Process


def _drive(cb):
    for i in range(2):
        cb(i)


def run_with(cb):
    p = Process(target=_drive, args=(cb,))
    p.start()
    p.join()
