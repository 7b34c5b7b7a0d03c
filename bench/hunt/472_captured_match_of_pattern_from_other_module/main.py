# WRONGFIX: `m = WORD.match(...)` where WORD = re.compile(...) lives in another module of the
# project (`from patterns import WORD`). A compiled pattern's match is refused only when the
# pattern is made in the same file: "cannot pickle 're.Match' object" under spawn/forkserver.
from patterns import WORD
import multiprocessing as mp

if __name__ == "__main__":
    m = WORD.match("hello world")

    def work(x):
        return m.group(0) + str(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
