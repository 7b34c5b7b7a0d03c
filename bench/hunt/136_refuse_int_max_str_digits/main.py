# refuse: main lowers the int->str digit limit; a forked worker inherits it and reports the
# overflow, a spawned one has the default limit and prints the length instead.
import sys
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    sys.set_int_max_str_digits(640)
    exponent = 3000

    def digits(base):
        try:
            return len(str(base**exponent))
        except ValueError:
            return "too long"

    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(digits, [7, 9])))
