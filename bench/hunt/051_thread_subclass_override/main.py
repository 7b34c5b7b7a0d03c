from runners.threaded import ThreadRunner


def main():
    prefix = "id-"
    print(ThreadRunner().run(lambda n: prefix + str(n), range(3)))


if __name__ == "__main__":
    main()
