import pipeline


def main():
    factor = 3
    print(pipeline.apply(lambda v: v * factor, 4, 5, 6))


if __name__ == "__main__":
    main()
