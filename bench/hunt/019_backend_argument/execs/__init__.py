from .backends import run_parallel
