# shape: Runner stores `factory or ThreadPoolExecutor`; caller passes ProcessPoolExecutor
# OBSERVED: MISS - Runner storing `factory or ThreadPoolExecutor` not inferred; Runner(ProcessPoolExecutor) caller missed
from concurrent.futures import ProcessPoolExecutor
from pkg.runner import Runner

def main():
    k = 4
    print(Runner(ProcessPoolExecutor).run(lambda x: x * k, [1, 2]))

if __name__ == "__main__":
    main()
