import billiard
from billiard import Pool

if __name__ == "__main__":
    def work(x):
        return x + 1

    with Pool(2) as pool:
        print(pool.map(work, [1, 2]))  # PKL001
    p = billiard.Process(target=lambda: print("billiard"))  # PKL002
    p.start()
    p.join()
