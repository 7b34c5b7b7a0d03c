# frozen dataclass Runner with use_processes defaulting to False is copied by dataclasses replace with processes on -> process
import dataclasses

from pkg.runner import DEFAULT

if __name__ == "__main__":
    def square(x):
        return x * x

    r = dataclasses.replace(DEFAULT, use_processes=True)
    print(r.map(square, [1, 2, 3]))
