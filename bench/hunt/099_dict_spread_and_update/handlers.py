def plain(out, x):
    out.put(x)


BASE = {"plain": plain, "neg": lambda out, x: out.put(-x)}
HANDLERS = {**BASE, "neg": plain}
HANDLERS.update(square=lambda out, x: out.put(x * x))
HANDLERS.update({"cube": lambda out, x: out.put(x**3)})
