from multiprocessing import Process


def start_process(target, name=None, **kwargs):
    proc = Process(target=target, name=name, kwargs=kwargs)
    proc.start()
    return proc
