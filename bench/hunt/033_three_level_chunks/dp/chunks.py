import functools

from .pool import pmap


def _apply_chunk(fn, chunk):
    return [fn(x) for x in chunk]


def map_chunks(fn, chunks):
    return pmap(functools.partial(_apply_chunk, fn), chunks)
