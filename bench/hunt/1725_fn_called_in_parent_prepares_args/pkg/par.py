from multiprocessing import Pool


def _work(v):
    return v * v


def prepare_and_run(make_arg, xs):
    args = [make_arg(x) for x in xs]
    with Pool(2) as p:
        return p.map(_work, args)
