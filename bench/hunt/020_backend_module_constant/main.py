from cfg.parallel import parallel_apply

if __name__ == "__main__":

    def digits(n):
        return len(str(n))

    print(parallel_apply(digits, [1, 22, 333, 4444]))
