from . import settings

settings.USE_THREADS = False

from . import par  # noqa: E402,F401
