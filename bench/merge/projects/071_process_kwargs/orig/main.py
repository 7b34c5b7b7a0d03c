"""Process started with kwargs and an args variable."""

import multiprocessing


def main():
    greeting = "hello"
    argv = ("world",)

    def greet(name, *, punctuation="."):
        print(f"{greeting} {name}{punctuation}", flush=True)

    p = multiprocessing.Process(target=greet, args=argv, kwargs={"punctuation": "!"})
    p.start()
    p.join()


if __name__ == "__main__":
    main()
