"""Uses an explicit multiprocessing context object."""

import multiprocessing as mp


def launch(messages, prefix):
    ctx = mp.get_context()
    queue = ctx.Queue()

    def emit(index):
        queue.put((index, f"{prefix}{messages[index]}"))

    procs = [ctx.Process(target=emit, args=(i,)) for i in range(len(messages))]
    for p in procs:
        p.start()
    out = sorted(queue.get() for _ in procs)
    for p in procs:
        p.join()
    return [text for _, text in out]


if __name__ == "__main__":
    print(launch(["alpha", "beta"], "> "))
