# metaclass __new__ injects flag into namespace dict
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Meta(type):
    def __new__(mcs, name, bases, ns):
        if name.startswith("Proc"):
            ns["use_processes"] = True
        return super().__new__(mcs, name, bases, ns)
class Runner(metaclass=Meta):
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class ProcRunner(Runner):
    pass
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(ProcRunner().map(work, [1, 2, 3]))
