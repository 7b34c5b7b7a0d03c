from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def crawl(keys, fetch, parse):
    with ThreadPoolExecutor(4) as tex:
        raw = list(tex.map(fetch, keys))
    with ProcessPoolExecutor(2) as pex:
        return list(pex.map(parse, raw))
