import multiprocessing


def parse(text):
    key, _, value = text.partition("=")
    return key.strip(), int(value)


def pipeline(transform, items, on_result):
    with multiprocessing.Pool(2) as pool:
        for result in pool.imap(transform, items):
            on_result(result)
