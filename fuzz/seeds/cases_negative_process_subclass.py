from multiprocessing import Process


class Worker(Process):
    def __init__(self, label):
        super().__init__()
        self.label = label

    def run(self):
        print("worker", self.label)


if __name__ == "__main__":
    w = Worker("one")
    w.start()
    w.join()
