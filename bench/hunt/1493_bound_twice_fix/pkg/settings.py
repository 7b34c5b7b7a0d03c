# defaults
USE_THREADS = True
WORKERS = 4

# production overrides
USE_THREADS = False
