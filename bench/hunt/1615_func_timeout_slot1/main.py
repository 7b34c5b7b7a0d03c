# shape: TheMoralLowGround/icap-v7-master-11-Feb-2026 icap-v7-master/auto-extraction/timeout_utils.py -- func_timeout(timeout, func, args=(), kwargs={}) runs func in a Process and kills it on timeout (callable in slot 1)
import multiprocessing as mp
from pkg.timeout_utils import func_timeout

def main():
    q = mp.Queue()
    tag = "doc"
    code = func_timeout(5, lambda n: q.put(f"{tag}-{n}"), args=(7,))
    return q.get(timeout=5), code

if __name__ == "__main__":
    print(main())
