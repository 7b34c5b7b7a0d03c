# shape: code-corpus excerpt 'class Multiprocessor(): _wrapper staticmethod; run(self, func, *args, **kwargs)' (search: run_with_timeout multiprocessing Process) -- func rides in the args list of Process(target=self._wrapper)
from pkg.mpr import Multiprocessor

def main():
    m = Multiprocessor(5, None)
    base = 1000
    m.run(lambda a, b=0: base + a + b, 5, b=6)
    return m.wait()

if __name__ == "__main__":
    print(main())
