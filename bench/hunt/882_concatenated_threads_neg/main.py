# shape: implicit string concatenation kind="thr" "ead" (a literal equal to "thread") -> thread
# OBSERVED: FALSE - implicit string concatenation "thr" "ead" not evaluated; both thread calls reported and rewritten
from pkg.pools import pmap

if __name__ == "__main__":
    k = 2
    print(pmap(lambda x: x * k, [3], kind="thr" "ead"))
    print(pmap(lambda x: x + k, [3], kind=("th"
                                           "read")))
