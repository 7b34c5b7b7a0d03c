from multiprocessing import Process


def run_process():
    print("This is a separate process.")


if __name__ == "__main__":
    p = Process(target=lambda: print("This is a lambda."))  # PKL002
    p.start()
    p.join()
