# WRONGFIX: `h = hashlib.sha256(b"seed").copy()` captured: `.copy()` of a hash object is a hash
# object, not followed: "cannot pickle '_hashlib.HASH' object" under spawn/forkserver.
import hashlib
import multiprocessing as mp

if __name__ == "__main__":
    h = hashlib.sha256(b"seed").copy()

    def work(x):
        return h.hexdigest()[:6] + str(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
