# shape: Runner(ProcessPoolExecutor) class itself via module alias; nested def callable
# OBSERVED: OK - finding + correct fix
import concurrent.futures as cf
from pkg.runner import Runner

def main():
    bias = 100
    def work(x):
        return x * 2 + bias
    runner = Runner(cf.ProcessPoolExecutor)
    print(runner.run(work, [1, 2]))

if __name__ == "__main__":
    main()
