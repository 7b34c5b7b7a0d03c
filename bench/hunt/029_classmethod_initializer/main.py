from wp import state
from wp.pool import WorkerPool


def main():
    overrides = {"alpha": 3, "beta": 4}

    def setup(extra):
        state.CONFIG.update(overrides)
        state.CONFIG["extra"] = extra

    pool = WorkerPool.with_setup(setup, 5)
    try:
        print(pool.map(state.configured_value, ["alpha", "beta", "extra", "gamma"]))
    finally:
        pool.close()


if __name__ == "__main__":
    main()
