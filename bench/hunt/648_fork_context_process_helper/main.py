# Shape (negative): Process helper pins the fork context (ctx = get_context("fork"); ctx.Process(target=fn)).
import multiprocessing as mp
from lib.bg import run_bg

if __name__ == "__main__":
    k = 7
    def job(q):
        q.put(k)
    print(run_bg(job))
