# shape: thiagola92/python-utility run_process/run_process.py -- nested target closes over a threading.Lock (unpicklable) that only fork can carry
import threading
from pkg.run_process import run_process

def main():
    guard = threading.Lock()
    def task(q, x):
        with guard:
            q.put(x * 2)
    return run_process(task, 21)

if __name__ == "__main__":
    print(main())
