from . import par
