from multiprocessing import Pool

CONFIG = {}


def main():
    prefix = "cfg"
    init_args = ("debug",)

    def init(level):
        CONFIG["level"] = f"{prefix}:{level}"

    def get(_):
        return CONFIG["level"]

    with Pool(1, init, init_args) as pool:  # PKL003
        print(pool.map(get, [0]))  # PKL003


if __name__ == "__main__":
    main()
