# refuse: the parent sets the package's ContextVar `request_id` before handing over the
# nested `handle`, which reads it. A forked child copies the parent's context and sees
# "req-42"; a spawned child of the lifted function sees the default "none".
from ctx import request_id, run_task


def main():
    request_id.set("req-42")
    greeting = "hello"

    def handle(name):
        return f"[{request_id.get()}] {greeting} {name}"

    print(run_task(handle, "ann"))


if __name__ == "__main__":
    main()
