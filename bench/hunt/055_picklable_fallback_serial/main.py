from pf.par import robust_map


def main():
    shift = 5
    print(robust_map(lambda x: x + shift, [1, 2, 3]))


if __name__ == "__main__":
    main()
