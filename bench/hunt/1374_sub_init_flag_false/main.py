# base init sets use_processes True; subclass init calls super, sets a label and then use_processes False; lambda to inherited map -> thread
from pkg.runner import Labeled

if __name__ == "__main__":
    r = Labeled("a")
    print(r.label, r.map(lambda x: x * x, [1, 2, 3]))
