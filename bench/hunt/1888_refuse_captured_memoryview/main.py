# refuse: the nested worker slices a memoryview of a bytearray made in main(); a memoryview cannot be pickled, so a lift turns "world" into a crash under spawn
from pkg.bg import run_in_background


def main():
    data = bytearray(b"hello world")
    view = memoryview(data)[6:]

    def work(n):
        print(bytes(view[:n]).decode(), flush=True)

    print("exit", run_in_background(work, 5))


if __name__ == "__main__":
    main()
