from cp import worker
from cp.pools import process_pool


def main():
    seed_value = 12
    with process_pool(initializer=lambda: worker.seed(seed_value)) as pool:
        print(pool.map(worker.draw, range(5)))


if __name__ == "__main__":
    main()
