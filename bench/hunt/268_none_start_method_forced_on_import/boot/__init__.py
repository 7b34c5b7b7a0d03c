import multiprocessing

multiprocessing.set_start_method("fork", force=True)
METHOD = multiprocessing.get_start_method()
