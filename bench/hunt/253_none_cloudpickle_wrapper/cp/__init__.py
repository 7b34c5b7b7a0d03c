from .par import pmap
