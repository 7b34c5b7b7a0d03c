# picklefix-test: refused
from multiprocessing import Process


def main():
    count = 0

    def work():
        nonlocal count
        count += 1
        print(count)

    p = Process(target=work)  # PKL003
    p.start()
    p.join()


if __name__ == "__main__":
    main()
