USE_THREADS: bool = True
