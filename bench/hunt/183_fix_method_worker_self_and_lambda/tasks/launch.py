import multiprocessing as mp


def launch(target, *args):
    proc = mp.Process(target=target, args=args)
    proc.start()
    return proc
