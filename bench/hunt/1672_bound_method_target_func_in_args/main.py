# shape: Multiprocessor (see 0042/0052) with an ordinary method as target: Process(target=self._run, args=(func, args))
from pkg.runner import Runner

def main():
    base = 50
    return Runner().start(lambda a, b: a + b + base, 1, 2)

if __name__ == "__main__":
    print(main())
