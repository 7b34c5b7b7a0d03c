# wrapper returns early from a ThreadPoolExecutor block for the thread backend; caller passes thread with a lambda -> thread
from pkg.par import pmap

if __name__ == "__main__":
    print(pmap(lambda x: x * x, [1, 2, 3], backend="thread"))
