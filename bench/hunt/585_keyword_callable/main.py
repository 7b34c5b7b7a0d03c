# Shape: callable passed by keyword, items first: parallel_map(items=..., func=...).
from lib.par import parallel_map

if __name__ == "__main__":
    sfx = "!"
    def shout(s):
        return s.upper() + sfx
    print(parallel_map(items=["a", "b"], func=shout, n_jobs=2))
