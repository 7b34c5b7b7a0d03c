# shape: wrapper module takes get_context("fork") and starts ctx.Process(target=fn); nested fn passed -- fork always, nothing to report
from bg.forker import start_forked


def main():
    msg = "hello from child"

    def child():
        print(msg, flush=True)

    p = start_forked(child)
    p.join()
    print("exit", p.exitcode)


if __name__ == "__main__":
    main()
