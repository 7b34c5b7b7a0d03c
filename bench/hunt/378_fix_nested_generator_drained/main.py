# fix: a nested generator function (capturing two locals) handed to a wrapper whose
# Process worker drains it with list().
from stream import collect


def main():
    step = 2
    count = 3

    def countup(start):
        value = start
        for _ in range(count):
            yield value
            value += step

    print(collect(countup, [0, 10]))


if __name__ == "__main__":
    main()
