# base map uses a make_executor factory method returning a process pool; subclass overrides it to return a thread pool; lambda to inherited map -> thread
from pkg.runner import Labeled

if __name__ == "__main__":
    r = Labeled("a")
    print(r.label, r.map(lambda x: x * x, [1, 2, 3]))
