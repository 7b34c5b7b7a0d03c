# shape: test helper uses multiprocessing.dummy.Pool (threads) under a Pool-like name; lambda -- nothing to report
from testing.helpers import run_concurrently

if __name__ == "__main__":
    print(run_concurrently(lambda x: x + 100, [1, 2]))
