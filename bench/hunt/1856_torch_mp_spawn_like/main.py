# shape: torch.multiprocessing.spawn(fn, args, nprocs) clone: start_processes uses mp.get_context(start_method="spawn") and Process(target=_wrap, args=(fn, i, args, queue)) -- a guard def fails under every start method
from pkg.mp import spawn

if __name__ == "__main__":
    scale = 10

    def train(rank, world_size, lr):
        return f"rank {rank}/{world_size} lr={lr * scale}"

    print(spawn(train, args=(2, 0.5), nprocs=2))
