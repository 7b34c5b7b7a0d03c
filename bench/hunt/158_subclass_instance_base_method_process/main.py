from runners.local import LocalRunner


def main():
    offset = 100
    runner = LocalRunner()

    def shift(value):
        return value + offset

    print(runner.describe(), runner.run_each(shift, [3, 1, 2]))


if __name__ == "__main__":
    main()
