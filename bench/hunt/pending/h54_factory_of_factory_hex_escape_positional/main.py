# shape: factory-of-factory, caller kind="\x70ROCESS\t" hex escape + tab, positional, aliased import
# OBSERVED: OK - finding + correct fix
import pkg.pools as pp

if __name__ == "__main__":
    k = 3
    print(pp.pmap(lambda x: x + k, [1, 2, 3], "\x70ROCESS\t"))
