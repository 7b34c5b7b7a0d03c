from .core import fan_out


def score_all(scorer, items):
    return sum(fan_out(scorer, items))
