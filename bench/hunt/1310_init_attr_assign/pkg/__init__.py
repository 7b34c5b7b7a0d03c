from . import par

par.USE_THREADS = False
