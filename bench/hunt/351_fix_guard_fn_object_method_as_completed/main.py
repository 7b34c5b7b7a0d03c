# fix: a guard function calls a method of the guard's `fmt` (an instance of a package
# class) and goes to a generator helper of another module that yields results by
# as_completed; the caller sorts them.
from jobs import Wrapper, fan_out

if __name__ == "__main__":
    fmt = Wrapper("<", ">")

    def render(word):
        return fmt.wrap(word.upper())

    print(sorted(fan_out(render, ["b", "c", "a"])))
