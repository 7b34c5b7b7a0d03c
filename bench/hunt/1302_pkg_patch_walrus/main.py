# patch via setattr in a function defined in main
from pkg import par
def configure(mod):
    mod.USE_THREADS = False
if __name__ == "__main__":
    def f(x): return x * 2
    configure(par)
    print(par.pmap(f, [1, 2, 3]))
