# Shape: process Runner with a module-level task from lib.tasks and an on_result lambda that the runner calls in the parent
from lib.runner import Runner
from lib.tasks import square


def main():
    seen = []
    results = Runner(use_processes=True).map(square, [1, 2, 3], on_result=lambda r: seen.append(r))
    print(results, seen, flush=True)


if __name__ == "__main__":
    main()
