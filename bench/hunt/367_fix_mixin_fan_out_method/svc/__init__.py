from svc.service import Service

__all__ = ["Service"]
