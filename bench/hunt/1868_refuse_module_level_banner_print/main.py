# refuse: main.py prints a banner at import time; a spawned child re-imports main.py to find a lifted worker, so each child prints the banner again and the output changes
print("mytool 1.0", flush=True)

from pkg.bg import run_in_background  # noqa: E402

if __name__ == "__main__":
    greeting = "hi"

    def hello(name):
        print(greeting, name, flush=True)

    run_in_background(hello, "bob")
    print("done")
