import multiprocessing


def with_lambda():
    with multiprocessing.Pool(2) as pool:
        return pool.apply(lambda: "lambda ran")  # PKL002


def with_nested():
    def shout(text):
        return text.upper()

    with multiprocessing.Pool(2) as pool:
        return pool.apply(shout, ("nested ran",))  # PKL003


if __name__ == "__main__":

    def count_letters(text, letter="a"):
        return text.count(letter)

    print(with_lambda())
    print(with_nested())
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(count_letters, ("banana",), {"letter": "n"}))  # PKL001
