from multiprocessing import Process

if __name__ == "__main__":
    config = {"name": "main-guard"}
    repeat = 2

    def work():
        for _ in range(repeat):
            print(config["name"])

    p = Process(target=work)  # PKL001
    p.start()
    p.join()
