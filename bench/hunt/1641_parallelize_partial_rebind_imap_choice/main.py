# shape: georgian-io/Transformers-Domain-Adaptation src/utils/multiproc.py -- parallelize(func, iterable, ..., **func_kwargs): func = partial(func, **func_kwargs); imap method picked into a variable
from pkg.multiproc import parallelize

def tokenize_all(texts, lower):
    def tok(t, sep=" "):
        return len((t.lower() if lower else t).split(sep))
    return parallelize(tok, texts, sep=" ")

if __name__ == "__main__":
    print(tokenize_all(["A b", "c d e"], True))
