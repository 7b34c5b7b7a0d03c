from multiprocessing import Process
def spawn(*args, **kw):
    p = Process(target=args[0], args=args[1:], kwargs=kw)
    p.start()
    return p
