# Session 49 template-method hunt (helper, black box), its 024_spawn_ctx_hook.
from pkg.process import SpawnRunner

if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(SpawnRunner().run(add, [1, 2, 3]))
