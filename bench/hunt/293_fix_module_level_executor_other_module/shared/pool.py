from concurrent.futures import ProcessPoolExecutor

EXECUTOR = ProcessPoolExecutor(max_workers=1)
