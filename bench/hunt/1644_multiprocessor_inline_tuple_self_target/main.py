# shape: Multiprocessor (see 0042) with the args tuple written inline -- isolates whether the args-list variable or target=self._wrapper causes the miss
from pkg.mpr import Multiprocessor

def main():
    m = Multiprocessor()
    base = 1000
    m.run(lambda a, b=0: base + a + b, 5, b=6)
    return m.wait()

if __name__ == "__main__":
    print(main())
