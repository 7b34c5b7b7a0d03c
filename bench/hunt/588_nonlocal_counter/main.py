# Shape (refuse): nested function mutates a nonlocal counter and is run via a Process-target helper.
from lib.bg import run_bg


def main():
    calls = 0

    def work():
        nonlocal calls
        calls += 1
        print("child calls", calls, flush=True)

    run_bg(work)
    print("parent calls", calls)


if __name__ == "__main__":
    main()
