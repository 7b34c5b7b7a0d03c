try:
    import _pkg_no_such_native_ext  # noqa: F401
    USE_THREADS = True
except ImportError:
    USE_THREADS = False
