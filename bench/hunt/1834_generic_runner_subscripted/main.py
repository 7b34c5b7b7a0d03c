# shape: class Runner(Generic[T, R]) with run(fn, items) over a ProcessPoolExecutor; main builds it subscripted, Runner[int, str](2), and passes a guard def
from pkg.runner import Runner

if __name__ == "__main__":
    width = 3

    def render(n):
        return str(n).zfill(width)

    runner = Runner[int, str](2)
    print(runner.run(render, [1, 22]))
