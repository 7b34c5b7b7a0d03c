import multiprocessing

from grid.launch import launch


def main():
    out = multiprocessing.Queue()
    origin = (10, 20)
    scale = 2
    procs = []
    for row in range(3):

        def cell(col):
            return (origin[0] + row * scale, origin[1] + col * scale)

        procs.append(launch(cell, row + 1, out))
    results = sorted(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    print(results)


if __name__ == "__main__":
    main()
