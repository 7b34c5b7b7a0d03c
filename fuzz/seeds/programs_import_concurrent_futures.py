import concurrent.futures


def main():
    def word_count(text):
        return len(text.split())

    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(word_count, ["a b", "c d e"])))  # PKL003


if __name__ == "__main__":
    main()
