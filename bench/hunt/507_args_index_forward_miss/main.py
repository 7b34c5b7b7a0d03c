# shape: wrapper takes everything via *args and indexes args[0] as the target
# OBSERVED: MISS - only "spawn returns a Process" inferred; target=args[0] not tracked, lambda not reported
from multiprocessing import Queue
from pkg.bg import spawn
def main():
    q = Queue()
    k = 7
    p = spawn(lambda q, m=1: q.put(k * m), q, m=3)
    print(q.get())
    p.join()
if __name__ == "__main__":
    main()
