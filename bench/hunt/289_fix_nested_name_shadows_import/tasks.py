def work(x):
    return x * 100
