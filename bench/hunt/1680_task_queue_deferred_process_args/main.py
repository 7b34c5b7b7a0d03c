# shape: TaskQueue.add(fn, *args) stores (fn, args); run() hands each fn in Process(args=(fn, ...)) -- callable stored in a list then sent
from tasks.queue import TaskQueue

if __name__ == "__main__":
    exp = 3

    def power(x):
        return x**exp

    tq = TaskQueue()
    tq.add(power, 2)
    tq.add(power, 3)
    print(tq.run())
