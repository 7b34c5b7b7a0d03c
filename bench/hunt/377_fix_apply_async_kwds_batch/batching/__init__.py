from batching.batch import Batch

__all__ = ["Batch"]
