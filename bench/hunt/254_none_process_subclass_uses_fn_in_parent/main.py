# none: the Process subclass calls the function it is given in the parent (a preview) and
# keeps only the result; its run() uses module-level code, so nothing unpicklable travels.
import multiprocessing as mp

from jobs import PreviewJob


def main():
    q = mp.Queue()
    k = 4
    job = PreviewJob(lambda x: x * k, [1, 2, 3], q)
    job.start()
    print(job.preview, q.get(timeout=10))
    job.join()


if __name__ == "__main__":
    main()
