from pkg.process import ProcessDispatcher


def main():
    base = 100
    print(ProcessDispatcher().dispatch(lambda a, b: base + a + b, 1, 2, timeout=30))


if __name__ == "__main__":
    main()
