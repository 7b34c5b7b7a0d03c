import multiprocessing

from rt.jobs import submit_job


def main():
    suffix = ".bak"
    q = multiprocessing.Queue()

    def backup_name(out, path):
        out.put(path + suffix)

    procs = [submit_job(backup_name, q, p) for p in ("a.txt", "b.txt")]
    print(sorted(q.get(timeout=10) for _ in procs))
    for proc in procs:
        proc.join()


if __name__ == "__main__":
    main()
