from pipe.stages import parse, pipeline

__all__ = ["parse", "pipeline"]
