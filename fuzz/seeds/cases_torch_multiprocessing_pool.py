import torch.multiprocessing as mp


def main():
    scale = 2.0
    with mp.Pool(2) as pool:
        print(pool.map(lambda x: x * scale, [1.0, 2.0]))  # PKL002


if __name__ == "__main__":
    mp.set_start_method("spawn")
    main()
