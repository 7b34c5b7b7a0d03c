from .context import Context


def build_context():
    return Context(name="app")
