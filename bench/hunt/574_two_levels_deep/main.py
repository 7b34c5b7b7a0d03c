# Shape: public pmap -> private _dispatch -> Pool.map (two levels of project wrappers, different modules).
from lib.api import pmap

if __name__ == "__main__":
    unit = "kg"
    def fmt(x):
        return f"{x}{unit}"
    print(pmap(fmt, [1, 2]))
