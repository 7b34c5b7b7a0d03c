from multiprocessing import Process


def main():
    greeting = "hi"
    p = Process(
        target=lambda name, mark: print(greeting, name + mark),  # PKL002
        args=("ada", "!"),
    )
    p.start()
    p.join()


if __name__ == "__main__":
    main()
