from multiprocessing import Process


def main():
    punctuation = "!"

    def greet(name, *, loud=False):
        text = f"hello {name}{punctuation}"
        print(text.upper() if loud else text)

    p = Process(target=greet, args=("ada",), kwargs={"loud": True})  # PKL003
    p.start()
    p.join()
    q = Process(target=greet, kwargs=dict(name="bob"))  # PKL003
    q.start()
    q.join()


if __name__ == "__main__":
    main()
