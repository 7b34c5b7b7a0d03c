USE_THREADS = True


def _load_overrides():
    globals().update({"USE_THREADS": False})


_load_overrides()
