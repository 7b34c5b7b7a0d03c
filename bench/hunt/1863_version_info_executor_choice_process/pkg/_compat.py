import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

Executor = ProcessPoolExecutor if sys.version_info >= (3, 8) else ThreadPoolExecutor
