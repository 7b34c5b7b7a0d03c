import multiprocessing


def launch(fn, *args):
    print("launch", fn.__qualname__)
    p = multiprocessing.Process(target=fn, args=args)
    p.start()
    return p


if __name__ == "__main__":

    def launch(fn, *args):  # noqa: F811
        p = multiprocessing.Process(target=fn, args=args)
        p.start()
        return p
