# REFUSE: the Pool's workers fork when Pool(2) is built, while LIMIT is 1; LIMIT is then
# rebound to 100 before map(). Under fork the workers read LIMIT == 1 and print [2, 3];
# a lift that passes LIMIT where work is handed to map binds 100 ([101, 102]), and a
# lifted function reading a module global finds no LIMIT in the re-imported module.
from multiprocessing import Pool

if __name__ == "__main__":
    LIMIT = 1

    def work(x):
        return x + LIMIT

    pool = Pool(2)
    LIMIT = 100
    print(pool.map(work, [1, 2]))
    pool.close()
    pool.join()
