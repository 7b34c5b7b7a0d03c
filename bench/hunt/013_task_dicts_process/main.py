from pipeline.execute import run_steps


def main():
    root = "data"
    steps = [
        {"name": "path", "fn": lambda f: f"{root}/{f}", "args": ("x.csv",)},
        {"name": "depth", "fn": lambda: root.count("/") + 1},
    ]
    print(sorted(run_steps(steps).items()))


if __name__ == "__main__":
    main()
