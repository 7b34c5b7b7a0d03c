# WRONGFIX: `frames = inspect.stack()` (a list of FrameInfo holding frames; currentframe and
# sys._getframe are listed): "cannot pickle 'frame' object".
import inspect
import multiprocessing as mp

if __name__ == "__main__":
    frames = inspect.stack()

    def work(x):
        return str(len(frames) > 0) + str(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
