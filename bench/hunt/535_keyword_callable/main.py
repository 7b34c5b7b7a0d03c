# Session 49 template-method hunt (helper, black box), its 014_keyword_callable.
from pkg.process import ProcessRunner

if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(ProcessRunner().run(items=[1, 2, 3], fn=add))
