from concurrent.futures import ThreadPoolExecutor

SHARED = ThreadPoolExecutor(2)
