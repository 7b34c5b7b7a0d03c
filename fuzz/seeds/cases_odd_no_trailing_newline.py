from multiprocessing import Process

if __name__ == "__main__":
    def work():
        print("no newline at the end of this file")

    p = Process(target=work)  # PKL001
    p.start()
    p.join()