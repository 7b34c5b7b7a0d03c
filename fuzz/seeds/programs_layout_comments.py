from multiprocessing import Pool


def main():
    threshold = 2

    # Keep only the values above the threshold.
    # (This comment block belongs to the function below.)
    def keep(x):
        # Inside the body: compare against the captured threshold.
        result = x > threshold  # trailing comment on a body line
        # A comment before the return.
        return result

    # A comment between the def and the call.
    with Pool(2) as pool:
        print(pool.map(keep, [1, 2, 3]))  # PKL003


if __name__ == "__main__":
    main()
