"""Tokenize a corpus in parallel."""

from multiprocessing import Pool
import os.path
import re
import string


CORPUS = ["Hello, World!", "Parallel tokenizers are fun.", "A B C"]


def tokenize_corpus(lines, lowercase=True):
    punctuation_pattern = re.compile(f"[{re.escape(string.punctuation)}]")

    def tokenize(line):
        cleaned = punctuation_pattern.sub("", line)
        return cleaned.lower().split() if lowercase else cleaned.split()

    with Pool(2) as pool:
        return pool.map(tokenize, lines)


if __name__ == "__main__":
    for tokens in tokenize_corpus(CORPUS):
        print(os.path.join(*tokens))
