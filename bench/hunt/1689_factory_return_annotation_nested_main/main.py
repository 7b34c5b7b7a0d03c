# shape: r = get_runner() (-> "Runner" annotation) then r.map(fn, xs) over a Pool; fn nested in main() (pool pickles it under fork too)
from pkg.runner import get_runner


def main():
    bonus = 2

    def add_bonus(x):
        return x + bonus

    r = get_runner()
    print(r.map(add_bonus, [1, 2, 3]))


if __name__ == "__main__":
    main()
