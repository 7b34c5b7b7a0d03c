# shape: ML DataLoader stores transform on self and maps its own bound method _load over indices with a Pool -- pickling self pickles the lambda transform
from ml.data import DataLoader

if __name__ == "__main__":
    scale = 2
    loader = DataLoader([1, 2, 3], transform=lambda v: v * scale)
    print(loader.load_all())
