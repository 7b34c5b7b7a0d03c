# Session 49 template-method hunt (helper, black box), its 004_init_state_executor.
from pkg.process import ProcessEngine

if __name__ == "__main__":
    scale = 10

    def mul(x):
        return x * scale

    engine = ProcessEngine(workers=2, label="demo")
    print(engine.label, engine.run(mul, [1, 2, 3]))
