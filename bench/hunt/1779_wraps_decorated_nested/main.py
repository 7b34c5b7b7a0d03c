# shape: nested fn decorated with a functools.wraps timing decorator from a package, used as Process target via a wrapper -- lift keeps the decorator
from tools.deco import logged
from tools.run import run_child


def main():
    who = "worker"

    @logged
    def child(n):
        print(who, n, flush=True)

    run_child(child, 3)


if __name__ == "__main__":
    main()
