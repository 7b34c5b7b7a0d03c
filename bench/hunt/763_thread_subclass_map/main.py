# SHAPE: NEGATIVE - same as 015 but base class creates ThreadPoolExecutor; lambda passed through subclass method
# OBSERVED: OK - correct
from pkg.impl import Transformer

if __name__ == "__main__":
    scale = 1.5
    t = Transformer([2, 4, 6])
    print(t.transform(lambda x: x * scale))
    t.close()
