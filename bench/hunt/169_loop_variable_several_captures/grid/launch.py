import multiprocessing


def _call(fn, arg, out):
    out.put(fn(arg))


def launch(fn, arg, out):
    proc = multiprocessing.Process(target=_call, args=(fn, arg, out))
    proc.start()
    return proc
