# picklefix-test: refused
import functools
from multiprocessing import Pool

def main():
    k = "captured"
    def work(x, **kw):
        return (x, kw, k)
    with Pool(1) as p:
        print(p.map(functools.partial(work, k=5), [1]))  # PKL003

if __name__ == "__main__":
    main()
