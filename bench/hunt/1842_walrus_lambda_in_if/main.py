# shape: the lambda is handed to the wrapper inside a walrus in an if test: `if (res := pmap(lambda x: x * k, xs)) and sum(res) > 5:`
from pkg.par import pmap

if __name__ == "__main__":
    k = 4
    if (res := pmap(lambda x: x * k, [1, 2])) and sum(res) > 5:
        print("big", res)
    else:
        print("small", res)
