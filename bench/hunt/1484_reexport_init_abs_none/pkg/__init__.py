from .settings import USE_THREADS
