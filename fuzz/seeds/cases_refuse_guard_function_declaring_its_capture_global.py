# picklefix-test: refused
from multiprocessing import Process

if __name__ == "__main__":
    counter = 10
    def work():
        global counter
        counter += 1
        print("child", counter)
    p = Process(target=work)  # PKL001
    p.start(); p.join()
    print("parent", counter)
