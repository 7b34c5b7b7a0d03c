from multiprocessing import Pool, Process


def start_server(listener, authkey, service, config):
    retries = 3

    def server(listener, authkey, service, config):
        print(listener, authkey, service, config, retries, flush=True)

    proc = Process(target=server, args=(listener, authkey, service, config))  # PKL003
    proc.start()
    proc.join()


def offsets(rows, multiplier, offset):
    with Pool(2) as pool:
        return pool.map(lambda row: row * multiplier + offset, rows)  # PKL002


if __name__ == "__main__":
    start_server("unix:/tmp/listener", "secret", "jobs", "/etc/jobs.toml")
    print(offsets([1, 2, 3], 10, 5))
