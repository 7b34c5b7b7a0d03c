# shape: ProcessPoolExecutor.submit of module-level fn with add_done_callback(nested fn) collecting into a parent list via a helper module -- parent-only callback
from concurrent.futures import ProcessPoolExecutor

from tools.work import crunch
from tools.track import track_all


def main():
    seen = []

    def on_done(fut):
        seen.append(fut.result())

    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(crunch, x) for x in [1, 2, 3]]
        track_all(futs, on_done)
    print(sorted(seen))


if __name__ == "__main__":
    main()
