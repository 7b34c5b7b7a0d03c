# shape: InitExecutor(hook) subclass of ProcessPoolExecutor passes hook as initializer= in super().__init__; guard hook sets module global
from pkg.ex import InitExecutor

SEEN = []


def probe(x):
    return (SEEN[0] if SEEN else "none", x)


if __name__ == "__main__":

    def hook():
        SEEN.append("ready")

    with InitExecutor(hook) as ex:
        print(list(ex.map(probe, [1, 2])))
