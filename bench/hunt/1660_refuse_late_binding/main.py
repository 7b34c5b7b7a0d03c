# shape: thiagola92/python-utility run_process/run_process.py -- callable built early, the captured name rebound before the call (late binding)
from pkg.run_process import run_process

def main():
    mode = "draft"
    task = lambda q, x: q.put(f"{mode}:{x}")
    mode = "final"
    return run_process(task, 1)

if __name__ == "__main__":
    print(main())
