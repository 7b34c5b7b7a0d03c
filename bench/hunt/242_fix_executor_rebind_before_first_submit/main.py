# fix: `unit` is rebound after the ProcessPoolExecutor is built but before anything is
# submitted; under fork its workers start at the first submit and see "mm", as a lift passing
# `unit` at the submit does.
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    unit = "cm"

    def fmt(n):
        return f"{n}{unit}"

    with ProcessPoolExecutor(1) as ex:
        unit = "mm"
        print([f.result() for f in [ex.submit(fmt, 1), ex.submit(fmt, 2)]])
