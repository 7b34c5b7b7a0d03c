# shape: parallelize(workers)(fn) returns wrapper(items) mapping fn over a Pool -- two closure levels; applied by call, not as @decorator
from pkg.deco import parallelize

if __name__ == "__main__":
    power = 2

    def sq(x):
        return x**power

    square_all = parallelize(2)(sq)
    print(square_all([1, 2, 3]))
