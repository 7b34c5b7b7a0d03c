import multiprocessing


def run_nested():
    def greet(name):
        print("nested greets", name)

    p = multiprocessing.Process(None, greet, "nested-proc", ("ada",))  # PKL003
    p.start()
    p.join()
    print(p.name, p.exitcode)


def run_lambda():
    p = multiprocessing.Process(
        None,
        lambda name: print("lambda greets", name),  # PKL002
        args=("bob",),
    )
    p.start()
    p.join()


if __name__ == "__main__":

    def greet_main(name):
        print("main-guard function greets", name)

    run_nested()
    run_lambda()
    p = multiprocessing.Process(None, greet_main, args=("cy",))  # PKL001
    p.start()
    p.join()
