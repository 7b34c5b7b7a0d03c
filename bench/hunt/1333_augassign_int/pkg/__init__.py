from . import par

par.MODE += 1
