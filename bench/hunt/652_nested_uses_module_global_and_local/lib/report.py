import multiprocessing as mp
from .bg import run_bg

HEADER = "# report"


def build(lines):
    q = mp.Queue()
    sep = "\n"

    def render(out):
        out.put(HEADER + sep + sep.join(lines))

    run_bg(render, q)
    return q.get().split(sep)
