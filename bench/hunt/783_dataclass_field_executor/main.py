# SHAPE: @dataclass Context with `executor: ProcessPoolExecutor = field(default_factory=...)`; Context.submit_all(fn, xs) uses self.executor.submit; context built by a factory in another module
# OBSERVED: MISS - no finding; dataclass field(default_factory=...) executor not inferred
from pkg.app import build_context

if __name__ == "__main__":
    sfx = "_x"

    def tag(s):
        return s + sfx

    ctx = build_context()
    print(ctx.submit_all(tag, ["a", "b"]))
    ctx.executor.shutdown()
