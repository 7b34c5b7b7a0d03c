# Shape: TaskRunner().run(lambda: ...) (default processes) -> Process(target=lambda); lambda capturing a local
from lib import TaskRunner


def main():
    greeting = "hello"
    TaskRunner().run(lambda: print(greeting, "from child", flush=True))


if __name__ == "__main__":
    main()
