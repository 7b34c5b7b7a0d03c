# shape: dancrew32/para para.py -- by_thread/by_process with aliased executors (ppe/tpe) and a generator of submits drained by as_completed
from pkg.para import by_process

if __name__ == "__main__":
    m = 3
    print(by_process(lambda x: x * m, [3, 1, 2], 2))
