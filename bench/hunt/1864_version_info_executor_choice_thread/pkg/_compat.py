import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

Executor = ThreadPoolExecutor if sys.version_info >= (3, 8) else ProcessPoolExecutor
