# picklefix-test: refused
from multiprocessing import Pool

def main():
    k = "captured"
    def work(x, **kw):
        return (x, kw, k)
    with Pool(1) as p:
        print(p.apply(work, (1,), {"k": 5}))  # PKL003

if __name__ == "__main__":
    main()
