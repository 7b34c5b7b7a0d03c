from multiprocessing import Process, Queue

def run_with_queue(func, queue, *args, **kwargs):
    result = func(*args, **kwargs)
    queue.put(result)

def run_as_process(func, *args, **kwargs):
    queue = Queue()
    args = list(args)
    args.insert(0, func)
    args.insert(1, queue)
    args = tuple(args)
    process = Process(target=run_with_queue, args=args, kwargs=kwargs)
    process.start()
    process.join()
    return queue.get()
