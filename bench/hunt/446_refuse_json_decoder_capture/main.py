# refuse: WRONGFIX: `decoder = json.JSONDecoder(parse_float=str)` is captured; its C scanner
# cannot be pickled (cannot pickle '_json.Scanner' object). picklefix lifts with `decoder` in
# args; the fixed program fails at `p.start()`.
import json
import multiprocessing as mp


def main():
    q = mp.Queue()
    decoder = json.JSONDecoder(parse_float=str)

    def work(out, text):
        out.put(decoder.decode(text))

    p = mp.Process(target=work, args=(q, '{"v": 1.50}'))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
