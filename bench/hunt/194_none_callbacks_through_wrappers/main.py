# none: nested callbacks handed through wrappers run in the parent; the workers are
# module-level functions.
from jobs import fan_out, submit_with_callback


def halve(n):
    if n % 2:
        raise ValueError(n)
    return n // 2


def main():
    results, errors = [], []
    label = "ok"

    def on_done(r):
        results.append((label, r))

    fan_out(halve, [2, 3, 4], on_done, lambda e: errors.append(str(e)))
    submit_with_callback(halve, [6, 8], lambda f: results.append(("fut", f.result())))
    print(sorted(results), sorted(errors))


if __name__ == "__main__":
    main()
