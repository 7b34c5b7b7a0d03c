from multiprocessing import Process


def main():
    greeting = "hi"
    p = Process(target=lambda name, mark: print(greeting, name + mark), args=("ada", "!"))  # PKL002
    p.start()
    p.join()


if __name__ == "__main__":
    main()
