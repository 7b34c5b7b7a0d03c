from mp.star import pstarmap

if __name__ == "__main__":
    MOD = 7

    def power(base, exp):
        return pow(base, exp, MOD)

    print(pstarmap(power, zip(range(6), [3] * 6)))
