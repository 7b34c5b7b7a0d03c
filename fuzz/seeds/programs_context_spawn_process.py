import multiprocessing as mp


def main():
    def work(queue):
        queue.put("spawned")

    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    p = mp.get_context("spawn").Process(target=work, args=(queue,))  # PKL003
    p.start()
    print(queue.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
