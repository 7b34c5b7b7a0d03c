from par import pmap, pmap_processes


def main():
    off = 1
    print(pmap(lambda x: x + off, [1, 2]))
    print(pmap_processes([1, 2]))


if __name__ == "__main__":
    main()
