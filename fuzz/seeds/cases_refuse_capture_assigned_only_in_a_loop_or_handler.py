# picklefix-test: refused
from concurrent.futures import ProcessPoolExecutor


def last_item(xs):
    for x in xs:
        last = x
    with ProcessPoolExecutor(2) as ex:
        return ex.submit(lambda: last * 2).result()  # PKL002


def parsed(text):
    try:
        value = int(text)
    except ValueError:
        print("not a number")
    with ProcessPoolExecutor(2) as ex:
        return ex.submit(lambda: value + 1).result()  # PKL002


def deleted(n):
    scale = 2
    del scale
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(lambda x: x * scale, range(n)))  # PKL002


def until_found(items):
    while True:
        if not items:
            break
        found = items.pop()
        break
    with ProcessPoolExecutor(2) as ex:
        return ex.submit(lambda: found).result()  # PKL002
