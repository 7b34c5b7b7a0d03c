# fix: a lambda chosen by a conditional expression, then handed to a Process wrapper.
from tasks import run_in_background


def main(mode):
    step = 3
    fn = (lambda v: v + step) if mode == "inc" else (lambda v: v - step)
    return run_in_background(fn, 10)


if __name__ == "__main__":
    print(main("inc"), main("dec"))
