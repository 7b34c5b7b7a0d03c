import multiprocessing as mp


def main():
    k = 3
    p = mp.Process(target=lambda: print("inline", k))
    p.run()
    print("name", p.name.split("-")[0])


if __name__ == "__main__":
    main()
