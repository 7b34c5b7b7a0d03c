from multiprocessing import Pool

from ops.transform import transform_all

if __name__ == "__main__":

    def normalize(v):
        return round(v / 10, 1)

    with Pool(2) as p:
        print(transform_all(p, normalize, [5, 17, 30]))
