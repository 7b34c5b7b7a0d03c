from tasks.runner import run_named


def main():
    data = [4, 8, 15, 16, 23, 42]

    def total():
        return sum(data)

    results = run_named({"total": total, "peak": lambda: max(data)})
    print(sorted(results.items()))


if __name__ == "__main__":
    main()
