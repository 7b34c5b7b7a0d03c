import multiprocessing as mp

from cx.launch import start


def main():
    greeting = "hello"
    q = mp.Queue()

    def greet(out, who):
        out.put(f"{greeting}, {who}")

    procs = [start(greet, q, who) for who in ("ann", "bob")]
    print(sorted(q.get(timeout=10) for _ in procs))
    for proc in procs:
        proc.join()


if __name__ == "__main__":
    main()
