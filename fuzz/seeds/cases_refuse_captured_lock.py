# picklefix-test: refused
import threading
from concurrent.futures import ProcessPoolExecutor


def main():
    lock = threading.Lock()

    def guarded(x):
        with lock:
            return x * 2

    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(guarded, [1, 2])))  # PKL003


if __name__ == "__main__":
    main()
