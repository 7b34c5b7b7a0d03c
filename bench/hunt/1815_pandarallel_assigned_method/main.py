# shape: pandarallel-style initialize() patches Frame.parallel_apply = _parallel_apply (a module function taking self that maps func over a Pool); main calls frame.parallel_apply(guard_fn)
from pkg.frame import Frame
from pkg.pandarallel import initialize

if __name__ == "__main__":
    rate = 3

    def tax(amount):
        return amount * rate

    initialize()
    print(Frame([10, 20, 30]).parallel_apply(tax))
