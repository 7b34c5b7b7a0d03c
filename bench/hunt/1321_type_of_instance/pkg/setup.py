def enable(r):
    type(r).use_processes = True
