# shape: DataLoader-like __init__(dataset, collate_fn, worker_init_fn) starts mp.Process(target=_worker_loop, args=(dataset, idx, collate_fn, worker_init_fn, ...)) per batch -- a lambda collate_fn and a nested worker_init_fn of main()
import random

from pkg.loader import DataLoader


def main():
    scale = 10
    seed = 1234

    def init(worker_id):
        random.seed(seed + worker_id)

    loader = DataLoader(list(range(5)), batch_size=2, collate_fn=lambda items: [x * scale for x in items], worker_init_fn=init)
    for batch in loader:
        print(batch)


if __name__ == "__main__":
    main()
