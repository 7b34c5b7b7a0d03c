# SHAPE: wrapper pkg.par.smart_map inspects the callable's signature: 2 params -> pass (index, item) via starmap, else map; guard fn captures a guard global
# OBSERVED: OK - correct
from pkg.par import smart_map

if __name__ == "__main__":
    unit = "m"

    def show(x):
        return f"{x}{unit}"

    print(smart_map(show, [5, 6]))
