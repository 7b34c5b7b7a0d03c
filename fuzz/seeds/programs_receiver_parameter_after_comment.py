from concurrent.futures import ProcessPoolExecutor


def run(  # the executor comes second
    label,
    # a comment among the parameters must not shift their positions
    executor,
):
    return executor.submit(lambda: label * 2).result()  # PKL002


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as ex:
        print(run("ab", ex))
