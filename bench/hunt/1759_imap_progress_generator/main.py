# shape: generator wrapper around Pool.imap that prints progress and yields results; nested fn consumed via list()
from cli.progress import imap_progress


def main():
    base = 10

    def job(x):
        return base + x

    print(list(imap_progress(job, [1, 2, 3])))


if __name__ == "__main__":
    main()
