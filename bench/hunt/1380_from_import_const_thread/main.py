# par imports the annotated USE_THREADS flag by name from pkg settings, where it is True and never changed; lambda to pmap -> thread
from pkg.par import pmap

if __name__ == "__main__":
    print(pmap(lambda x: x * x, [1, 2, 3]))
