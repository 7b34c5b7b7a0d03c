from each.indexed import map_indexed

__all__ = ["map_indexed"]
