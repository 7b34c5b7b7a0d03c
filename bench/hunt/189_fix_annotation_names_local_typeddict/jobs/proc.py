import multiprocessing as mp
from typing import Any, Callable


def run_process(target: Callable[..., Any], *args: Any) -> None:
    proc = mp.Process(target=target, args=args)
    proc.start()
    proc.join()
