# Shape: spawn_workers(fn, n) starts Process(target=_worker, args=(fn, i, q)); caller passes a lambda.
from lib.workers import spawn_workers

if __name__ == "__main__":
    mult = 11
    print(spawn_workers(lambda i: i * mult, 3))
