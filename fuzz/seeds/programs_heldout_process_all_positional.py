import multiprocessing


def main():
    greeting = "hello"
    q = multiprocessing.Queue()

    def greet(name):
        q.put(f"{greeting}, {name}")

    p = multiprocessing.Process(None, greet, "greeter", ("world",))  # PKL003
    p.start()
    p.join()
    print(q.get(timeout=5), p.exitcode)


if __name__ == "__main__":
    main()
