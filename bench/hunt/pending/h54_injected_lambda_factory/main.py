# shape: Runner(lambda: ProcessPoolExecutor(2)) positional lambda factory (factory lambda must NOT be lifted)
# OBSERVED: OK - finding + correct fix; factory lambda left alone
from concurrent.futures import ProcessPoolExecutor as PPE
from pkg.runner import Runner

def main():
    bias = 100
    r = Runner(lambda: PPE(2))
    print(r.run(lambda x: x + bias, [1, 2]))

if __name__ == "__main__":
    main()
