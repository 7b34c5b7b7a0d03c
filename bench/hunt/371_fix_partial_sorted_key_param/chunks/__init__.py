from chunks.sorting import sort_chunks

__all__ = ["sort_chunks"]
