# picklefix-test: refused
from concurrent.futures import ProcessPoolExecutor

def main():
    k = "captured"
    opts = {"k": 5}
    def work(x, **kw):
        return (x, kw, k)
    with ProcessPoolExecutor(1) as ex:
        print(ex.submit(work, 1, **opts).result())  # PKL003

if __name__ == "__main__":
    main()
