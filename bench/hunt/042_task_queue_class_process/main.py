from tq import TaskQueue


def main():
    rate = 0.2
    tq = TaskQueue()
    tq.add(lambda amount: round(amount * rate, 2), 50)
    tq.add(lambda a, b: round((a + b) * rate, 2), 10, 5)
    print(tq.run())


if __name__ == "__main__":
    main()
