import tasks


def main():
    print("squares:", [tasks.launch(n) for n in (2, 3)])


if __name__ == "__main__":
    main()
