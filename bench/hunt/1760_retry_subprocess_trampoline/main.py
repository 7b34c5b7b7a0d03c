# shape: retry helper runs fn in a subprocess via a module-level trampoline with fn inside Process(args=...), retrying on nonzero exit -- nested fn
from helpers.retry import run_with_retry


def main():
    label = "attempt"

    def flaky():
        print(label, "ran", flush=True)
        return 5

    print("result", run_with_retry(flaky, retries=2))


if __name__ == "__main__":
    main()
