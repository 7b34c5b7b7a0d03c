# fix: CRLF line endings, and non-ASCII text before the lambda on its line (byte and
# character columns differ there).
import multiprocessing as mp


def main():
    q = mp.Queue()
    suffix = "ünïcødé ✓"
    greeting = "héllo wörld 🎉"; p = mp.Process(target=lambda out: out.put(greeting + " / " + suffix), args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
