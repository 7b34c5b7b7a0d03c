# shape: runner.add(show) then `msg = "b"` before runner.run_all() starts the processes -- the closure sees "b", a partial would bind "a" (refuse)
from pkg.runner import Runner


def main():
    r = Runner()
    msg = "a"

    def show():
        print("msg", msg, flush=True)

    r.add(show)
    msg = "b"
    r.run_all()


if __name__ == "__main__":
    main()
