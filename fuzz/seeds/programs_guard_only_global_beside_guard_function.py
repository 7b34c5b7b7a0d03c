from multiprocessing import Pool, Process


def work(i):
    return i * scale


def hello():
    print("hello", name)


if __name__ == "__main__":
    scale = 3
    name = "w"

    def tagged(x):
        return work(x) + 1

    p = Process(target=hello)  # PKL006
    p.start()
    p.join()
    with Pool(2) as pool:
        print(pool.map(tagged, range(3)))  # PKL001 PKL006
        print(pool.map(work, range(3)))  # PKL006
