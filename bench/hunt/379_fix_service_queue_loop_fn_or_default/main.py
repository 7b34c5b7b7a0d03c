# fix: a lambda given to a long-lived worker's constructor (`fn or _identity`), started
# later by start() through a queue-fed loop in another module.
from svc import Worker


def main():
    suffix = "!"
    worker = Worker(lambda s: s.upper() + suffix)
    worker.start()
    print(worker.process(["ab", "cd"]))
    worker.stop()
    plain = Worker()
    plain.start()
    print(plain.process(["ef"]))
    plain.stop()


if __name__ == "__main__":
    main()
