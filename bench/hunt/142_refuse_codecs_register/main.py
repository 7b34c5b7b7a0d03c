# refuse: main registers a custom codec; a forked child can encode with it, a spawned child
# raises LookupError because the codec search function was never registered there.
import codecs
import multiprocessing


def search(name):
    if name == "shout":
        return codecs.CodecInfo(
            lambda s, errors="strict": (s.upper().encode(), len(s)),
            lambda b, errors="strict": (bytes(b).decode().lower(), len(b)),
            name="shout",
        )
    return None


def main():
    codecs.register(search)
    words = ["hi", "yo"]

    def encode_all(q):
        q.put([w.encode("shout") for w in words])

    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=encode_all, args=(q,))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
