# shape: test helper runs fn in a process from get_context("spawn") explicitly (common in test suites) -- nested fn fails under every start method
from testing.isolate import run_isolated


def main():
    n = 3

    def check():
        print("child saw", n, flush=True)

    print("exit", run_isolated(check))


if __name__ == "__main__":
    main()
