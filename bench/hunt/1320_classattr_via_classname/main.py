# package init sets the Runner class attribute use_processes to True through the class name -> process
from pkg.runner import Runner

if __name__ == "__main__":
    def square(x):
        return x * x

    r = Runner()
    print(r.map(square, [1, 2, 3]))
