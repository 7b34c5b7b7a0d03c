"""ruff format with skip-magic-trailing-comma."""

import multiprocessing


def spawn_workers(worker_names, log_directory_path, verbosity_level, retry_limit_count):
    def worker(name):
        print(
            f"{name} -> {log_directory_path} v={verbosity_level} r={retry_limit_count}",
            flush=True,
        )

    procs = [
        multiprocessing.Process(target=worker, args=(name,)) for name in worker_names
    ]
    for p in procs:
        p.start()
        p.join()


if __name__ == "__main__":
    spawn_workers(["w1", "w2"], "/var/log/app", 2, 5)
