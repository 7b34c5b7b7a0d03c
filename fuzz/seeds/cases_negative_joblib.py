from joblib import Parallel, delayed


def main():
    factor = 3
    print(Parallel(n_jobs=2)(delayed(lambda x: x * factor)(i) for i in range(3)))


if __name__ == "__main__":
    main()
