# refuse: main registers an archive format; a forked child sees it in the registry, a
# spawned child re-imports shutil without it.
import multiprocessing
import shutil


def make_noop(base_name, base_dir, **kwargs):
    return base_name


def main():
    shutil.register_archive_format("noop", make_noop, description="no-op")
    wanted = {"noop", "tar"}

    def available(q):
        q.put(sorted(wanted & {name for name, _ in shutil.get_archive_formats()}))

    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=available, args=(q,))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
