# refuse: main registers the "pipes" csv dialect; a forked child inherits the registry, a
# spawned one re-imports csv without it, so the lifted parser raises csv.Error.
import csv
import multiprocessing


def main():
    csv.register_dialect("pipes", delimiter="|")
    column = 1

    def second_fields(lines, q):
        q.put([next(csv.reader([line], dialect="pipes"))[column] for line in lines])

    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=second_fields, args=(["a|b|c", "d|e|f"], q))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
