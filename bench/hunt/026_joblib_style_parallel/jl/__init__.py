from .parallel import Parallel, delayed
