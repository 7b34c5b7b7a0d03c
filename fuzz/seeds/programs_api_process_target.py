from multiprocessing import Process


def run_nested():
    def greet():
        print("hello from a nested function")

    p = Process(target=greet)  # PKL003
    p.start()
    p.join()


def run_lambda():
    p = Process(target=lambda: print("hello from a lambda"))  # PKL002
    p.start()
    p.join()


if __name__ == "__main__":

    def greet_main():
        print("hello from the main guard")

    run_nested()
    run_lambda()
    p = Process(target=greet_main)  # PKL001
    p.start()
    p.join()
    print("exit code", p.exitcode)
