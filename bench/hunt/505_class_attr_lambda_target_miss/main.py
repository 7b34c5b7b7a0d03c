# shape: callable supplied as a class attribute of a subclass, read by the base's method into Process(target=)
# OBSERVED: MISS - no finding; class-attribute callable read via type(self).target into Process(target=) not tracked
from pkg.job import Job
if __name__ == "__main__":
    class Hello(Job):
        target = staticmethod(lambda q: q.put("hello"))
    print(Hello().run())
