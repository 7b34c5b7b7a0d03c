from conv.api import parallel_apply

if __name__ == "__main__":
    FACTORS = {"km": 1000, "cm": 0.01}

    def to_metres(item):
        value, unit = item
        return value * FACTORS[unit]

    print(parallel_apply(to_metres, [(2, "km"), (50, "cm")]))
