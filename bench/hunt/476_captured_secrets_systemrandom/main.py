# WRONGFIX: `secrets.SystemRandom()` (the same class as random.SystemRandom, re-exported):
# NotImplementedError "System entropy source does not have state" at pickling.
import secrets
import multiprocessing as mp

if __name__ == "__main__":
    rng = secrets.SystemRandom()

    def work(x):
        return type(rng.random()).__name__ + str(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
