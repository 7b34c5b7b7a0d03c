# a commented-out line in main would turn the USE_THREADS flag off, but it stays True; caller passes a lambda -> thread
from pkg import par

if __name__ == "__main__":
    # par.USE_THREADS = False  # uncomment for CPU-bound work
    print(par.pmap(lambda x: x * x, [1, 2, 3]))
