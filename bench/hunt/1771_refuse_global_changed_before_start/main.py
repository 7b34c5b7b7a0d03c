# shape: nested fn reads a package config global that main() sets before starting the process -- fork child sees the new value, a lifted fn under spawn re-imports the old one
from app import settings
from app.run import spawn_and_wait


def main():
    name = "job"

    def child():
        print(name, "level", settings.LEVEL, flush=True)

    settings.LEVEL = "debug"
    spawn_and_wait(child)


if __name__ == "__main__":
    main()
