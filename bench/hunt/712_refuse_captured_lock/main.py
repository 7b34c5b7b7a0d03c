# Shape: nested function captures a threading.Lock and is handed to TaskRunner (process); under fork the child inherits it, a lift would have to pickle it
import threading

from lib import TaskRunner


def main():
    lock = threading.Lock()

    def job(n):
        with lock:
            print("locked", n, flush=True)

    TaskRunner().run(job, 1)


if __name__ == "__main__":
    main()
