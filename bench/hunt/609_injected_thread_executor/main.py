# Shape (negative): dependency-injected ThreadPoolExecutor with a lambda.
from concurrent.futures import ThreadPoolExecutor
from lib.runner import Runner

if __name__ == "__main__":
    k = 3
    with ThreadPoolExecutor(2) as ex:
        print(Runner(ex).map(lambda x: x * k, [1, 2]))
