# shape: TaskQueue.add(lambda: i * i) in a loop, run() after the loop -- late binding: under fork all see the last i; a lift binds each i (refuse)
from tasks.queue import TaskQueue

if __name__ == "__main__":
    tq = TaskQueue()
    for i in range(3):
        tq.add(lambda: i * i)
    print(tq.run())
