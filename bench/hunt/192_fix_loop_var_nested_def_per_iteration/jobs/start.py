from multiprocessing import Process


def start(target, *args):
    worker = Process(target=target, args=args)
    worker.start()
    return worker
