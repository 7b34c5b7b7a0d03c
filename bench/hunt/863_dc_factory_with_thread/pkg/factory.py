from concurrent.futures import ThreadPoolExecutor

from pkg.runner import Runner


def threaded_runner():
    return Runner(pool=ThreadPoolExecutor(2))
