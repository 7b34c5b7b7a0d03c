import iso.workers as W


def main():
    names = ["mia", "al", "zed"]
    zero = 0
    print(W.run_isolated(lambda: sorted(names)[0]))
    print(W.run_isolated(lambda: len(names) // zero))


if __name__ == "__main__":
    main()
