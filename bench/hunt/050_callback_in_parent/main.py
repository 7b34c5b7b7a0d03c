from ap.pool import AsyncPool
from ap.tasks import square


def main():
    results = []
    errors = []
    pool = AsyncPool()
    for i in range(4):
        pool.submit(square, (i,), on_done=lambda r: results.append(r), on_error=errors.append)
    pool.close()
    print(sorted(results), errors)


if __name__ == "__main__":
    main()
