from pkg.process import ProcessRunner


def main():
    k = 3
    print(ProcessRunner().run(items=[1, 2, 3], fn=lambda x: x + k))


if __name__ == "__main__":
    main()
