# shape: loop builds lambdas binding k via a default argument and submits each through a helper -- no late binding, lift is fine
from core.submit import submit_one
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        futs = []
        for k in [1, 2, 3]:
            futs.append(submit_one(ex, lambda x, k=k: x * k, 10))
        print([f.result() for f in futs])
