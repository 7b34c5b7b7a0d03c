# fix: a guard function handed to the `map` of a context-manager class of another module,
# which forwards *args to Pool.imap_unordered.
from bp import BatchPool

if __name__ == "__main__":
    shift = 7

    def encode(ch):
        return chr((ord(ch) - 97 + shift) % 26 + 97)

    with BatchPool(2) as bp:
        print(sorted(bp.map(encode, "abc", chunksize=1)))
