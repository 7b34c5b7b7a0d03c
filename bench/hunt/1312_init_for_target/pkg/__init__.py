from . import par

for par.USE_THREADS in (False,):
    pass
