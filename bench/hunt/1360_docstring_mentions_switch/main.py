# par's module docstring shows how to switch the USE_THREADS flag off, but nothing does; caller passes a lambda -> thread
from pkg import par

if __name__ == "__main__":
    print(par.pmap(lambda x: x * x, [1, 2, 3]))
