# SHAPE: guard fn greet(name, **extra) reads guard global `prefix`; the caller also passes prefix="dr" through run_task's **kwargs into greet's **extra (a keyword-only lift param named prefix would capture it)
# OBSERVED: REFUSED - not fixed because the call already passes prefix=; a renamed keyword would have worked
from pkg.tasks import run_task

if __name__ == "__main__":
    prefix = "mr"

    def greet(name, **extra):
        return prefix + " " + name + " " + ",".join(sorted(f"{k}={v}" for k, v in extra.items()))

    print(run_task(greet, "bob", prefix="dr"))
