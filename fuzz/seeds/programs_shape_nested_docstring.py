from concurrent.futures import ProcessPoolExecutor


def summarise(records, unit):
    def describe(record):
        """Describe one record.

        The unit comes from the enclosing call, so the lift must pass it on.
        """
        name, value = record
        return f"{name}: {value} {unit}"

    with ProcessPoolExecutor(max_workers=2) as executor:
        return list(executor.map(describe, records))  # PKL003


if __name__ == "__main__":
    for line in summarise([("cpu", 3), ("disk", 7)], "GB"):
        print(line)
