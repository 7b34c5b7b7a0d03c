# refuse: the submits are kept as thunks and run after `unit` became "kg"; under fork
# the executor's workers are forked at the first submit and read "kg", while lifting
# `label` with `unit` bound when the partials are built would give "g".
import functools
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    unit = "g"

    def label(n):
        return f"{n}{unit}"

    with ProcessPoolExecutor(max_workers=2) as ex:
        thunks = [functools.partial(ex.submit, label, n) for n in (1, 5)]
        unit = "kg"
        futures = [thunk() for thunk in thunks]
        print([f.result() for f in futures])
