from multiprocessing import Process


def report(listener, authkey, service, config):
    print(listener, authkey, service, sorted(config.items()))


def start_servers(listener_name, authkey, services):
    config = {"verbose": True, "retries": 3}

    def serve(listener, authkey, service):
        report(listener, authkey, service, config)

    for service in services:
        p = Process(target=serve, args=(listener_name, authkey, service))  # PKL003
        p.start()
        p.join()


if __name__ == "__main__":
    start_servers("tcp://localhost:6000", "secret", ["alpha"])
    start_servers("tcp://localhost:6001", "secret", ["beta"])
