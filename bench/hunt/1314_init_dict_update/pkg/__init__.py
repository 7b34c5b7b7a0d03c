from . import par

par.__dict__.update(USE_THREADS=False)
