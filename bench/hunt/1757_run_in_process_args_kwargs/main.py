# shape: run_in_process(fn, *args, **kwargs) helper forwarding to Process(target=fn, args=args, kwargs=kwargs) through a relative import -- nested fn
from sandbox import run_in_process


def main():
    prefix = "got"

    def child(a, b, sep="-"):
        print(prefix, f"{a}{sep}{b}", flush=True)

    run_in_process(child, 1, 2, sep="+")
    print("parent done")


if __name__ == "__main__":
    main()
