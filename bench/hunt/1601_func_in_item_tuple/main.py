# shape: LSSTDESC/CLMassDC2 data/data_extraction/multiprocessing_python.py -- the callable is sent inside each item tuple to a module-level trampoline _map_f
from pkg import mp

def main():
    scale = 4
    return mp.map(lambda z: z * scale, [1, 2, 3])

if __name__ == "__main__":
    print(main())
