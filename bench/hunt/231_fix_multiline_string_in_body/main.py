# fix: the nested worker's body holds a triple-quoted string whose lines are indented; moving
# the function out must not change the string's contents.
import multiprocessing as mp


def main():
    q = mp.Queue()
    title = "Report"

    def work(out):
        text = """%s
        first line
            second line
end""" % title
        out.put(text)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
