# shape: factory-of-factory, unicode whitespace NBSP/EM SPACE around "Process" -> strip -> process
# OBSERVED: OK - finding + correct fix
from pkg.pools import pmap

if __name__ == "__main__":
    k = 3
    print(pmap(lambda x: x * k, [1, 2], kind="\u00a0Process\u2003"))
