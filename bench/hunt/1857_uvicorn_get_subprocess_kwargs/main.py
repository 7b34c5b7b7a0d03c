# shape: uvicorn-style get_subprocess(config, target, sockets) -> spawn.Process(target=subprocess_started, kwargs={"config": ..., "target": target, ...}) with a module-level spawn context -- nested function of main() (fails under every start method)
from pkg.config import Config
from pkg.supervisors import get_subprocess


def main():
    app_name = "demo"

    def serve(sockets=None):
        print("serving", app_name, sockets, flush=True)

    config = Config(workers=1)
    p = get_subprocess(config, serve, sockets=["s0"])
    p.start()
    p.join()
    if p.exitcode:
        raise SystemExit(f"worker failed: {p.exitcode}")
    print("done")


if __name__ == "__main__":
    main()
