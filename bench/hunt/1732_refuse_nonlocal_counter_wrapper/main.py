# shape: nested fn does `nonlocal calls; calls += 1` and is run via pkg.bg.run_in_process; parent prints calls -- nonlocal write (refuse)
from pkg.bg import run_in_process


def main():
    calls = 0

    def work():
        nonlocal calls
        calls += 1
        print("child calls", calls, flush=True)

    run_in_process(work)
    print("parent calls", calls)


if __name__ == "__main__":
    main()
