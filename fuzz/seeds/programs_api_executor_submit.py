from concurrent.futures import ProcessPoolExecutor


def with_lambda():
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(lambda a, b=1: a - b, 10, b=3)  # PKL002
        return future.result(timeout=10)


def with_nested():
    def repeat(text, times):
        return " ".join([text] * times)

    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(repeat, "ho", times=3)  # PKL003
        return future.result(timeout=10)


if __name__ == "__main__":

    def total(*numbers):
        return sum(numbers)

    print(with_lambda())
    print(with_nested())
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(executor.submit(total, 1, 2, 3).result(timeout=10))  # PKL001
