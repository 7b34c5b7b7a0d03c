from pkg.runner import run_all


def main():
    k = 4
    print(run_all(lambda out, x: out.put(x * k), [1, 2]))


if __name__ == "__main__":
    main()
