from .pool import ProcessPool
