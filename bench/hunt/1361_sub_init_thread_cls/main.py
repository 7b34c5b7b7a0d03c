# base Runner init sets a process executor class; subclass Labeled init (no super call) sets a label and a thread executor class; lambda to inherited map -> thread
from pkg.runner import Labeled

if __name__ == "__main__":
    r = Labeled("a")
    print(r.label, r.map(lambda x: x * x, [1, 2, 3]))
