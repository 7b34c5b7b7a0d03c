from multiprocessing import Process


def run_process():
    print("This is a separate process.")


def main_function():
    print("This is a main function.")


if __name__ == "__main__":
    p = Process(target=main_function)
    p.start()
    p.join()
