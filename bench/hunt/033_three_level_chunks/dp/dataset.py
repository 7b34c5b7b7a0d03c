from .chunks import map_chunks


def chunked(seq, size):
    seq = list(seq)
    return [seq[i : i + size] for i in range(0, len(seq), size)]


def process_dataset(fn, data, chunk_size=2):
    return [y for part in map_chunks(fn, chunked(data, chunk_size)) for y in part]
