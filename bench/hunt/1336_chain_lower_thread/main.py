# chain on the stripped lowercased backend; caller passes uppercase THREAD with a lambda -> thread
from pkg.par import pmap

if __name__ == "__main__":
    print(pmap(lambda x: x * x, [1, 2, 3], backend="THREAD"))
