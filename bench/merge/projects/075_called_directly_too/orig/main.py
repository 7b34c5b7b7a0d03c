"""Nested function used both as a Process target and called directly."""

import multiprocessing


def main(label):
    def announce(stage):
        print(f"[{label}] {stage}", flush=True)

    announce("start")
    p = multiprocessing.Process(target=announce, args=("child",))
    p.start()
    p.join()
    announce("end")


if __name__ == "__main__":
    main("job-7")
