import multiprocessing


def first(out):
    out.put("first")


EXTRA = (lambda out: out.put("extra"),)
STAGES = (first,)
STAGES += EXTRA


def run(stage):
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=stage, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    for i in range(len(STAGES)):
        run(STAGES[i])
