from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field

from pkg.runner import Runner


@dataclass
class HeavyRunner(Runner):
    pool: Executor = field(default_factory=ProcessPoolExecutor)
