from svc.worker import Worker

__all__ = ["Worker"]
