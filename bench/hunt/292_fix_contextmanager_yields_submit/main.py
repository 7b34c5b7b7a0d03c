# fix: `pool_submit` (pp/ctx.py) is a context manager that yields the executor's bound
# `submit`; a guard function is handed to it.
from pp.ctx import pool_submit

if __name__ == "__main__":
    tax = 0.5

    def gross(net):
        return net + net * tax

    with pool_submit(2) as submit:
        futures = [submit(gross, n) for n in (10, 20)]
        print([f.result() for f in futures])
