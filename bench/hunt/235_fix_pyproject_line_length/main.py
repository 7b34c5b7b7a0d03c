# fix: pyproject.toml sets a line length of 40; the rewritten lines must still run.
import multiprocessing as mp


def main():
    q = mp.Queue()
    multiplier_for_the_report = 6
    additional_offset_value = 4
    p = mp.Process(target=lambda out, value: out.put(value * multiplier_for_the_report + additional_offset_value), args=(q, 7))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
