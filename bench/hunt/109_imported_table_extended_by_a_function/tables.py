def inc(out, x):
    out.put(x + 1)


STEPS = [inc]
