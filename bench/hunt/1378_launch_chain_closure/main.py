# launch chooses threading Thread or multiprocessing Process by a backend string chain; a nested function capturing a local is launched with backend process -> process
import multiprocessing

from pkg.launch import launch


def scaled(values, factor):
    q = multiprocessing.Queue()

    def job(v):
        q.put(v * factor)

    out = []
    for v in values:
        launch(job, args=(v,), backend="process")
        out.append(q.get())
    return out


if __name__ == "__main__":
    print(scaled([1, 2, 3], 10))
