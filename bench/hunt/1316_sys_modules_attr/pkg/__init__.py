import sys
from . import par  # noqa: F401

sys.modules["pkg.par"].USE_THREADS = False
