# fix: the nested worker's annotations name a TypedDict and an alias defined in main();
# the dict it receives pickles fine, but the lifted def must not evaluate a missing
# name.
import multiprocessing as mp
from typing import List, TypedDict

from jobs.proc import run_process


def main() -> None:
    class Job(TypedDict):
        name: str
        size: int

    Sizes = List[int]
    q: mp.Queue = mp.Queue()
    scale = 4

    def work(out: mp.Queue, job: Job, extra: Sizes) -> None:
        out.put((job["name"], job["size"] * scale + sum(extra)))

    run_process(work, q, Job(name="a", size=2), [1, 2])
    print(q.get(timeout=10))


if __name__ == "__main__":
    main()
