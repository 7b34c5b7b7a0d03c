# picklefix-test: refused
from concurrent.futures import ProcessPoolExecutor

def main():
    k = "captured"
    def work(x, **kw):
        return (x, kw, k)
    with ProcessPoolExecutor(1) as ex:
        print(ex.submit(work, 1, k=5).result())  # PKL003

if __name__ == "__main__":
    main()
