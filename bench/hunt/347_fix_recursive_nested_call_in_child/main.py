# fix: a recursive nested function reading the captured `base` goes to call_in_child, a
# helper of another module that runs it in a Process through a module-level runner (the
# callable travels in `args`). The recursive call must pass `base` on after a lift.
from jobs import call_in_child


def main():
    base = 3

    def digits(n):
        """Digits of `n` in base `base`, most significant first."""
        if n < base:
            return [n]
        return digits(n // base) + [n % base]

    print([call_in_child(digits, n) for n in (5, 26, 100)])


if __name__ == "__main__":
    main()
