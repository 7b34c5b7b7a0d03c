# shape: implicit concatenation "pro" "cess" and MODE constant = "process" in main
# OBSERVED: OK - finding + correct fix
from pkg.pools import pmap

MODE = "process"

if __name__ == "__main__":
    k = 2
    print(pmap(lambda x: x * k, [1, 2], kind="pro" "cess"))
    print(pmap(lambda x: x + k, [3], kind=MODE))
