"""Pipeline stages executed in child processes."""

from __future__ import annotations

import multiprocessing
from typing import Callable


def run_stages(stage_names: list[str], checkpoint_dir: str) -> None:
    log: Callable[[str], None] = print

    def stage(name: str) -> None:
        log(f'stage {name} -> {checkpoint_dir}/{name}.ckpt')

    for name in stage_names:
        proc = multiprocessing.Process(target=stage, args=(name,), name=name)
        proc.start()
        proc.join()
