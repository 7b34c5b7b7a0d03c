# shape: nested fn writes to a captured open file handle inherited under fork; a lift must pickle the file (cannot) -- refuse
import os
import tempfile

from pkg.bg import run_in_process


def main():
    path = os.path.join(tempfile.mkdtemp(), "log.txt")
    log = open(path, "w")

    def work():
        log.write("child wrote\n")
        log.flush()

    run_in_process(work)
    log.close()
    with open(path) as f:
        print(f.read().strip())


if __name__ == "__main__":
    main()
