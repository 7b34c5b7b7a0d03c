from concurrent.futures import ProcessPoolExecutor

import cloudpickle


def _run_blob(blob, x):
    fn = cloudpickle.loads(blob)
    return fn(x)


def remote_map(fn, xs):
    blob = cloudpickle.dumps(fn)
    with ProcessPoolExecutor(max_workers=2) as ex:
        return sorted(ex.map(_run_blob, [blob] * len(xs), xs))
