from iso.decorators import in_process


def main():
    limit = 4

    @in_process
    def heavy(n):
        return sum(i * limit for i in range(n))

    print(heavy(5), heavy(10))


if __name__ == "__main__":
    main()
