from multiprocessing import Process


def run_process():
    print("This is a separate process.")


if __name__ == "__main__":

    def local_function():
        print("This is a local function.")

    p = Process(target=local_function)  # PKL001
    p.start()
    p.join()
