from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass
class Task:
    name: str
    fn: Callable[..., Any]
    args: tuple = field(default_factory=tuple)
