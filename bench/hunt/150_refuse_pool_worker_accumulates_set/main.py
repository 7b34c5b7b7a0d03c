# refuse: under fork the single pool worker keeps one copy of the guard global `seen`
# across tasks, so repeats are detected; a lifted `first_time` given `seen` with each
# task unpickles a fresh set every time and reports every word as new.
import multiprocessing

if __name__ == "__main__":
    seen = set()

    def first_time(word):
        new = word not in seen
        seen.add(word)
        return new

    words = ["a", "b", "a", "c", "b"]
    with multiprocessing.Pool(1) as pool:
        print(pool.map(first_time, words, chunksize=1))
