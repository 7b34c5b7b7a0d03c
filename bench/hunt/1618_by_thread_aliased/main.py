# shape: dancrew32/para para.py -- by_thread (thread pool twin of by_process)
from pkg.para import by_thread

if __name__ == "__main__":
    m = 3
    print(by_thread(lambda x: x * m, [3, 1, 2], 2))
