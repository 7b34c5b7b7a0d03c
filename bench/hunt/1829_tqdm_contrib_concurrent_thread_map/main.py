# shape: same tqdm.contrib.concurrent layout, thread_map(lambda ...) -- a ThreadPoolExecutor, nothing to report
from tq.contrib.concurrent import thread_map

if __name__ == "__main__":
    k = 1
    print(thread_map(lambda x: x ** 2 + k, range(4), max_workers=2, desc="sq"))
