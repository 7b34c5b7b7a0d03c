# shape: nested fn with nonlocal counter is called in the parent and then used as Process target via a wrapper -- lift cannot keep the shared cell
from bg.runner import launch


def main():
    count = 0

    def tick():
        nonlocal count
        count += 1
        print("count", count, flush=True)

    tick()
    tick()
    launch(tick)
    print("parent count", count)


if __name__ == "__main__":
    main()
