from fanout.run import run_all


def main():
    x = 6
    print(run_all(lambda: x + 1, lambda: x * 2, lambda: x**2))


if __name__ == "__main__":
    main()
