# Shape: ForkRunner keeps multiprocessing.get_context("fork") on self.ctx and starts self.ctx.Process(target=fn); lambda is inherited, works under any global start method
from lib import ForkRunner


def main():
    name = "worker"
    code = ForkRunner().run(lambda: print("hello from", name, flush=True))
    print("exit", code, flush=True)


if __name__ == "__main__":
    main()
