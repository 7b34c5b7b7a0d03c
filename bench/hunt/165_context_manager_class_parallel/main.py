from pexec import Parallel

if __name__ == "__main__":
    threshold = 5

    def keep(name, score):
        return (name, score >= threshold)

    records = [("ann", 7), ("bob", 3), ("cy", 9)]
    with Parallel() as par:
        flags = par.starmap(keep, records)
        lengths = par.map(len, [name for name, _ in records])
    print(flags)
    print(lengths)
