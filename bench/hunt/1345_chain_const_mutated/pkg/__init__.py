from . import par

par.BACKEND = "process"
