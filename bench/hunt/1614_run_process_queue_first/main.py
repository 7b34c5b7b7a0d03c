# shape: thiagola92/python-utility run_process/run_process.py -- run_process(function, *args, **kwargs) starts Process(target=function, args=(queue, *args)) and returns the queue
from pkg.run_process import run_process

if __name__ == "__main__":
    greeting = "hello"

    def produce(queue, name, punct="!"):
        queue.put(greeting + " " + name + punct)

    q = run_process(produce, "world", punct="?")
    print(q.get(timeout=5))
