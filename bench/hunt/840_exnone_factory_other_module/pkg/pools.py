from concurrent.futures import ThreadPoolExecutor


def get_pool():
    return ThreadPoolExecutor(2)
