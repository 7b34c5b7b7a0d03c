from pebblish import ProcessPool

if __name__ == "__main__":

    def add(x, y=0):
        return x + y

    with ProcessPool() as pool:
        futures = [pool.schedule(add, args=(i,), kwargs={"y": 10}) for i in range(4)]
        print([f.result() for f in futures])
