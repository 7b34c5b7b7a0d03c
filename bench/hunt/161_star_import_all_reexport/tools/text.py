__all__ = ["banner"]


def banner(text):
    return f"== {text} =="
