# WRONGFIX: `struct.iter_unpack("<i", data)` (struct.Struct is listed, its iterator is not):
# "cannot pickle '_struct.unpack_iterator' object".
import struct
import multiprocessing as mp

if __name__ == "__main__":
    it = struct.iter_unpack("<i", bytes(8))

    def work(x):
        return type(it).__name__ + str(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
