from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def main():
    with ThreadPoolExecutor(2) as threads, ProcessPoolExecutor(2) as processes:
        in_thread = threads.submit(lambda: "thread")
        in_process = processes.submit(lambda: "process")  # PKL002
        print(in_thread.result(), in_process.result())


if __name__ == "__main__":
    main()
