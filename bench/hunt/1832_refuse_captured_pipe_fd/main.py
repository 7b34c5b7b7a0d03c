# refuse: the worker writes to a pipe fd captured from the parent; a spawned child does not inherit the fd, so a lift passing the int turns the message into EBADF (or a write to another file)
import os

from pkg.bg import run_in_background


def main():
    r, w = os.pipe()

    def report(msg):
        os.write(w, msg.encode())

    run_in_background(report, "hello from child")
    os.close(w)
    print(os.read(r, 100).decode())


if __name__ == "__main__":
    main()
