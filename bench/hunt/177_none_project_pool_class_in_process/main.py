from conn.api import query_all
from conn.pool import Pool


def main():
    table = "users"
    rows = query_all(lambda conn, key: f"{conn}:{table}#{key}", [1, 2, 3])
    print(rows)

    def fetch(conn, key):
        return f"{conn}:{table}/{key}"

    with Pool(1) as pool:
        print(pool.map(fetch, ["x", "y"]))


if __name__ == "__main__":
    main()
