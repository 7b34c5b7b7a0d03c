def inc(out, x):
    out.put(x + 1)


def dec(out, x):
    out.put(x - 1)


STEPS = [inc, dec]
STEPS.append(lambda out, x: out.put(x * 1000))
