import concurrent.futures

def map_threads(func, _iterable):
    with concurrent.futures.ThreadPoolExecutor() as executor:
        result = executor.map(func, _iterable)
    return result

def map_processes(func, _iterable):
    with concurrent.futures.ProcessPoolExecutor(2) as executor:
        result = executor.map(func, _iterable)
    return result
