# shape: same backend-string helper, default backend (processes)
from pkg.back import mapper

if __name__ == "__main__":
    k = 3
    print(mapper(lambda x: x + k, [1, 2]))
