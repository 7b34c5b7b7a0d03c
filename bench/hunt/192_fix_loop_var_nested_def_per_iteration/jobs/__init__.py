from jobs.start import start

__all__ = ["start"]
