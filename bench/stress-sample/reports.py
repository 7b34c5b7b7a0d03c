"""Build small text reports from records."""

from __future__ import annotations

import functools
import logging
from collections import defaultdict

log = logging.getLogger(__name__)


def retry(times: int):
    """Retry the wrapped function a few times before giving up."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except OSError:
                    log.warning("attempt %d failed", attempt)
            return func(*args, **kwargs)

        return wrapper

    return decorator


def summarise(records, key_field="name", limit=10):
    totals = defaultdict(int)
    for record in records:
        totals[record[key_field]] += record.get("count", 0)

    def line(item):
        name, count = item
        return f"{name:<20} {count:>6}"

    ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return "\n".join(map(line, ranked))


def grouped(records, field):
    def bucket_of(record):
        return record.get(field, "unknown")

    groups = defaultdict(list)
    for record in records:
        groups[bucket_of(record)].append(record)
    return dict(groups)


class Formatter:
    def __init__(self, width=80):
        self.width = width

    def wrap(self, text):
        clip = lambda s: s[: self.width]
        return [clip(part) for part in text.split("\n")]


if __name__ == "__main__":

    def demo():
        rows = [{"name": "a", "count": 2}, {"name": "b", "count": 5}]
        print(summarise(rows))

    demo()
