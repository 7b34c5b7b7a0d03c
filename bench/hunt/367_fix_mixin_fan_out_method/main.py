# fix: a lambda handed to a method of a mixin (other module) through an instance of a
# class that inherits it next to another base.
from svc import Service


def main():
    svc = Service("lengths")
    bonus = 10
    print(svc.describe())
    print(svc.fan_out(lambda word: len(word) + bonus, ["a", "bb", "ccc"]))


if __name__ == "__main__":
    main()
