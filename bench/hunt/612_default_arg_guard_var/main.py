# Shape: guard worker has a default arg referencing a guard variable and a keyword-only param.
from lib.par import pmap

if __name__ == "__main__":
    base = 10
    def f(x, b=base, *, sep=":"):
        return f"{b}{sep}{x}"
    print(pmap(f, [1, 2]))
