from . import par

par.USE_THREADS, par.WORKERS = False, 2
