from dataclasses import dataclass


@dataclass
class Config:
    processes: bool = True
    workers: int = 2
