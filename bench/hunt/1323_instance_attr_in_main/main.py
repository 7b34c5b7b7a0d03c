# main sets use_processes to True on a Runner instance, shadowing the False class attribute -> process
from pkg.runner import Runner

if __name__ == "__main__":
    def square(x):
        return x * x

    r = Runner()
    r.use_processes = True
    print(r.map(square, [1, 2, 3]))
