"""Submit a nested job with keyword arguments."""

from concurrent.futures import ProcessPoolExecutor


def build(targets, compiler="cc"):
    optimisation = "-O2"

    def compile_target(target, *, verbose=False, extra_flags=()):
        cmd = [compiler, optimisation, *extra_flags, target]
        return " ".join(cmd) + (" (verbose)" if verbose else "")

    with ProcessPoolExecutor(max_workers=2) as executor:
        futs = [
            executor.submit(compile_target, t, verbose=True, extra_flags=("-g",))
            for t in targets
        ]
        return [f.result() for f in futs]


if __name__ == "__main__":
    print("\n".join(build(["a.c", "b.c"])))
