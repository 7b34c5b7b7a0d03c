# SHAPE: app object from pkg.app.create_app(); app.workers is a pkg.workers.WorkerGroup created in App.__init__; main calls app.workers.dispatch(fn, xs)
# OBSERVED: OK - correct
from pkg.app import create_app

if __name__ == "__main__":
    tag = "#"

    def hashify(s):
        return tag + s

    app = create_app()
    print(app.workers.dispatch(hashify, ["a", "b"]))
