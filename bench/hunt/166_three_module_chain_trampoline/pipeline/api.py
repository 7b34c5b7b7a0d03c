from .service import run_step as _run_step


def apply(transform, *values):
    return _run_step(transform, values)
