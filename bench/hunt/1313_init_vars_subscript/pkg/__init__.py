from . import par

vars(par)["USE_THREADS"] = False
