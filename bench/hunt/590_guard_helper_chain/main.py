# Shape: script with two helpers under the __main__ guard; the worker calls the other helper.
from lib.par import pmap

if __name__ == "__main__":
    scale = 4
    def normalize(x):
        return x / scale
    def work(x):
        return round(normalize(x) + 1, 2)
    print(pmap(work, [1, 2, 3]))
