from . import backend


def run_step(step, inputs):
    return backend.spawn_each(step, list(inputs))
