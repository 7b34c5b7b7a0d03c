# shape: hypercorn-style run_multiple(worker_func, config) starts ctx.Process(target=partial(worker_func, config, shutdown_event=event), kwargs=...) on a spawn context -- nested function of main()
from pkg.run import run_multiple


def main():
    suffix = "!"

    def worker(config, *, shutdown_event, idx, out):
        out.put(f"{config['bind']}#{idx}{suffix}")

    print(run_multiple(worker, {"bind": "0.0.0.0:8000"}, workers=2))


if __name__ == "__main__":
    main()
