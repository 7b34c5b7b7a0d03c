# shape: executor kind read from os.environ.get("APP_EXECUTOR", "process") in a package helper; default is processes -- nested fn
from core.backend import executor_for_env


def main():
    def up(s):
        return s.upper()

    with executor_for_env() as ex:
        print(list(ex.map(up, ["x", "y"])))


if __name__ == "__main__":
    main()
