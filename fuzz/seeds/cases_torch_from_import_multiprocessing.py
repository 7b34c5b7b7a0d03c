import torch
from torch import multiprocessing


def main():
    tensor = torch.zeros(3)

    def fill(value):
        tensor.fill_(value)

    p = multiprocessing.Process(target=fill, args=(1.0,))  # PKL003
    p.start()
    p.join()


if __name__ == "__main__":
    main()
