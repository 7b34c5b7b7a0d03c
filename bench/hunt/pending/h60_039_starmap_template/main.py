from pkg.process import ProcessRunner


def main():
    k = 3
    print(ProcessRunner().run_pairs(lambda a, b: a * b + k, [(1, 2), (3, 4)]))


if __name__ == "__main__":
    main()
