from pp.run import run


def main():
    k = 3
    # Small inputs: not worth a pool, and the lambda stays in this process.
    print(run(lambda x: x * k, [1, 2, 3], parallel=False))


if __name__ == "__main__":
    main()
