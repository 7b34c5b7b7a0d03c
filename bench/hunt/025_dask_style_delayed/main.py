from lazy import compute, delayed

if __name__ == "__main__":

    def inc(x):
        return x + 1

    nodes = [delayed(inc)(i) for i in range(3)]
    print(compute(*nodes))
