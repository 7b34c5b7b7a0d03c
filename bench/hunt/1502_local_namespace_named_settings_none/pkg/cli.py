import types


def parse(argv):
    settings = types.SimpleNamespace(USE_THREADS=True)
    if "--procs" in argv:
        settings.USE_THREADS = False
    return settings
