# shape: launch(fn, **kw) -> ctx.Process(target=fn, kwargs=kw) with ctx = mp.get_context() in a helper module imported as `from pkg import launcher as L`
from pkg import launcher as L

if __name__ == "__main__":
    mark = "*"

    def show(a, b):
        print(mark, a + b, flush=True)

    L.launch(show, a=1, b=2)
    print("after")
