def enable(r):
    r.__class__.use_processes = True
