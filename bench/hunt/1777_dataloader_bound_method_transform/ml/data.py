from multiprocessing import Pool


class DataLoader:
    def __init__(self, dataset, transform=None):
        self.dataset = dataset
        self.transform = transform

    def _load(self, i):
        v = self.dataset[i]
        return self.transform(v) if self.transform else v

    def load_all(self):
        with Pool(2) as pool:
            return pool.map(self._load, range(len(self.dataset)))
