# refuse: globals()["mode"] rebinds the guard global `mode` after the process is
# created and before it starts; under fork the child reports "fast", a lifted `run`
# given `mode` at Process() time would report "safe".
import multiprocessing

if __name__ == "__main__":
    mode = "safe"

    def run(q):
        q.put(f"mode={mode}")

    queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=run, args=(queue,))
    globals()["mode"] = "fast"
    proc.start()
    print(queue.get())
    proc.join()
