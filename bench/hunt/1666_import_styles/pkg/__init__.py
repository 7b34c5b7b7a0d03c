from .par import parmap as pmap
