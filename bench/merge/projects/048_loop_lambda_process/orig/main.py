"""Start one process per shard with a lambda target."""

import multiprocessing


def work(shard, total):
    print(f"shard {shard}/{total}", flush=True)


def main(total=3):
    for shard in range(total):
        p = multiprocessing.Process(target=lambda: work(shard, total))
        p.start()
        p.join()


if __name__ == "__main__":
    main()
