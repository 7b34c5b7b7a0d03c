# shape: Runner stores `factory or ThreadPoolExecutor`; callers pass nothing / None
# OBSERVED: OK - no finding (trivially, see p48)
from pkg.runner import Runner

def main():
    k = 4
    print(Runner().run(lambda x: x * k, [1, 2]))
    print(Runner(None).run(lambda x: x + k, [1, 2]))

if __name__ == "__main__":
    main()
