from .engine import run_parallel
