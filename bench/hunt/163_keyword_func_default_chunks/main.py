import batch


def main():
    base = 7
    print(batch.process([1, 2, 3]))
    print(batch.process([1, 2, 3], func=lambda x: x * base, workers=3))


if __name__ == "__main__":
    main()
