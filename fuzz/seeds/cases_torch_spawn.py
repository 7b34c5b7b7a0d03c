import torch.multiprocessing as mp


def main():
    world = 2

    def run(rank, size):
        print(rank, size, world)

    mp.spawn(run, args=(world,), nprocs=world)  # PKL003
    mp.start_processes(lambda rank: print(rank), nprocs=2)  # PKL002


if __name__ == "__main__":
    main()
