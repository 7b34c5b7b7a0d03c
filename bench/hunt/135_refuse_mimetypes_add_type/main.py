# refuse: main adds a mimetype mapping before starting the child; under spawn the child's
# mimetypes tables lack it and the lifted function prints "unknown".
import mimetypes
import multiprocessing

if __name__ == "__main__":
    mimetypes.add_type("application/x-notebook", ".ipynbx")
    fallback = "unknown"

    def kind(name):
        return mimetypes.guess_type(name)[0] or fallback

    with multiprocessing.Pool(2) as pool:
        print(pool.map(kind, ["a.ipynbx", "b.txt"]))
