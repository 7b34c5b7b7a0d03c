# a comment containing text like an attribute assignment of the flag; Runner() threads
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
# note: never write Runner.use_processes = True here
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
def main():
    k = 3
    print(Runner().map(lambda x: x + k, [1, 2, 3]))
if __name__ == "__main__":
    main()
