from stats import parallel_means

if __name__ == "__main__":
    print(parallel_means([[1, 2], [3.5, 4.25, 5]]))
