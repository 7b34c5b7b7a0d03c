from . import par

par.USE_THREADS: bool = False
