from remote.codeship import ship_map


def main():
    print(ship_map(lambda x: x * x + 1, [1, 2, 3]))

    def describe(word):
        return f"{word}:{len(word)}"

    print(ship_map(describe, ["ab", "cde"]))


if __name__ == "__main__":
    main()
