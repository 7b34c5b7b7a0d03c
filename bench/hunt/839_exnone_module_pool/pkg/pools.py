from concurrent.futures import ThreadPoolExecutor

POOL = ThreadPoolExecutor(2)
