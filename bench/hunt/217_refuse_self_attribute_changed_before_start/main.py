# refuse: the nested worker reads `self.scale`; the method changes it after building the
# Process and before start(). Forked, the child sees 5 (50); a lift binding scale=self.scale
# where the Process is built sends 1 (10).
import multiprocessing as mp


class Job:
    def __init__(self):
        self.scale = 1

    def tune(self):
        self.scale = 5

    def launch(self, q):
        def work(out):
            out.put(10 * self.scale)

        proc = mp.Process(target=work, args=(q,))
        self.tune()
        proc.start()
        return proc


def main():
    q = mp.Queue()
    proc = Job().launch(q)
    print(q.get(timeout=10))
    proc.join()


if __name__ == "__main__":
    main()
