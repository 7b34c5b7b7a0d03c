# shape: subclass supplies a main-guard function as class attribute; base reads self.target into Process(target=)
# OBSERVED: MISS - main-guard function assigned as class attribute (staticmethod) of a subclass, base reads self.target into Process(target=): no finding
from pkg.job import Job
if __name__ == "__main__":
    def hello(q):
        q.put("hello")
    class Hello(Job):
        target = staticmethod(hello)
    print(Hello().run())
