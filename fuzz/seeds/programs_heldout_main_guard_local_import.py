import multiprocessing

if __name__ == "__main__":
    import json

    def dump(obj):
        return json.dumps(obj)

    with multiprocessing.Pool(2) as pool:
        print(pool.map(dump, [[1], {"a": 1}]))  # PKL001
