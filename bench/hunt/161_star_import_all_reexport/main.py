from tools import *

if __name__ == "__main__":
    width = 8

    def pad(batch):
        return [word.ljust(width, ".") for word in batch]

    words = ["delta", "alpha", "charlie", "bravo"]
    print(banner("padded"))
    for batch in pmap(pad, chunked(words, 2)):
        print(batch)
