from multiprocessing import Process, Queue


def launch(q, tag):
    def worker(q, n, *, sep=":"):
        q.put(f"{tag}{sep}{n}")

    p = Process(target=worker, args=(q, 5), kwargs={"sep": "="})  # PKL003
    p.start()
    p.join()
    print(q.get(timeout=5))


if __name__ == "__main__":
    launch(Queue(), "job")
