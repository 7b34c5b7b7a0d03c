import multiprocessing

CTX = multiprocessing.get_context("fork")
