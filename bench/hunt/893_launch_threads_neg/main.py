# shape: launch(..., use_threads=True) and positional True -> threads; lambda target
# OBSERVED: OK - no finding
from pkg.launch import launch

if __name__ == "__main__":
    box = []
    launch(lambda n: box.append(n * 2), (21,), use_threads=True)
    launch(lambda n: box.append(n + 1), (1,), True)
    print(box)
