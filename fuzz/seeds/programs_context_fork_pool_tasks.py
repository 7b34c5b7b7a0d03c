import multiprocessing as mp


def main():
    ctx = mp.get_context("fork")
    offset = 1

    def init():
        pass

    # A fork context's pool still pickles every task: the lambda is a finding; the
    # initializer is inherited by the forked workers and is not.
    with ctx.Pool(2, initializer=init) as pool:
        print(pool.map(lambda x: x + offset, [1, 2]))  # PKL002


if __name__ == "__main__":
    main()
