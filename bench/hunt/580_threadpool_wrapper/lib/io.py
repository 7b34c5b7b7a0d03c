from concurrent.futures import ThreadPoolExecutor


def fetch_all(fn, urls, max_workers=4):
    with ThreadPoolExecutor(max_workers=max_workers) as ex:
        return list(ex.map(fn, urls))
