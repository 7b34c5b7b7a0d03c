from multiprocessing import Process


def main():
    greeting = "hello"
    name = "world"
    count = 2
    separator = ", "

    def work():
        for i in range(count):
            print(f"{greeting}{separator}{name} #{i}")

    p = Process(target=work)  # PKL003
    p.start()
    p.join()


if __name__ == "__main__":
    main()
