# picklefix-test: refused
from multiprocessing import Process

def main():
    k = "captured"
    def work(**kw):
        print(kw, k)
    p = Process(target=work, kwargs={"k": 5})  # PKL003
    p.start(); p.join()

if __name__ == "__main__":
    main()
