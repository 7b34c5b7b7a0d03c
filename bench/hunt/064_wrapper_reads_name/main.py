# REFUSE: run_named() reads fn.__name__ in the parent and returns it. Lifting the
# lambda means handing over functools.partial(_lifted, bonus=bonus), which has no
# __name__ (AttributeError), or a function called something other than "<lambda>":
# either way the printed output changes.
from rn.proc import run_named


def main():
    bonus = 40
    print(run_named(lambda x: x + bonus, 2))


if __name__ == "__main__":
    main()
