# WRONGFIX: `tb = e.__traceback__` of a caught exception captured: "cannot pickle 'traceback'
# object" under spawn/forkserver (the exception object itself is refused elsewhere).

import multiprocessing as mp

if __name__ == "__main__":
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__

    def work(x):
        return str(tb.tb_lineno > 0) + str(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
