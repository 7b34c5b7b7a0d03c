import pickle
from multiprocessing import Pool

import cloudpickle


def _call(payload):
    fn_bytes, item = payload
    return pickle.loads(fn_bytes)(item)


def pmap(fn, items):
    blob = cloudpickle.dumps(fn)
    with Pool(2) as pool:
        return pool.map(_call, [(blob, item) for item in items])
