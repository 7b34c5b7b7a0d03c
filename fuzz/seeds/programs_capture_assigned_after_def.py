from multiprocessing import Process


def main():
    def work():
        print(message)

    message = "bound after the def, before the start"
    p = Process(target=work)  # PKL003
    p.start()
    p.join()


if __name__ == "__main__":
    main()
