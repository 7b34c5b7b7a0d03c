import importlib

setattr(importlib.import_module("pkg.par"), "USE_THREADS", False)
