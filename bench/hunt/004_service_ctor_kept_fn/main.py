import multiprocessing

from svc import BackgroundService


def main():
    scale = 5
    sink = multiprocessing.Queue()
    service = BackgroundService(lambda t: t * scale, 4, sink).start()
    got = []
    while (item := sink.get(timeout=10)) is not None:
        got.append(item)
    service.join()
    print(got)


if __name__ == "__main__":
    main()
