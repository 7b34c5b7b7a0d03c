import pkg.par as cfg

cfg.USE_THREADS = False
