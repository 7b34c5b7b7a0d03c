from pkg.process import ProcessRunner


def main():
    k = 3
    print(ProcessRunner().run(lambda x: x + k, [1, 2, 3]))


if __name__ == "__main__":
    main()
