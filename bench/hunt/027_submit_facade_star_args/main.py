from exe.facade import Executor

if __name__ == "__main__":

    def area(w, h):
        return w * h

    ex = Executor()
    try:
        futs = [ex.submit(area, w, h) for w, h in [(1, 2), (3, 4), (5, 6)]]
        print([f.result() for f in futs])
    finally:
        ex.shutdown()
