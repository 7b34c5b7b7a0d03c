# shape: import app.api as api; api.run -> app.core.engine.execute (from ..backends.proc import submit_all) -> ProcessPoolExecutor.submit
import app.api as api

if __name__ == "__main__":
    base = 5

    def job(x):
        return base - x

    print(api.run(job, range(4)))
