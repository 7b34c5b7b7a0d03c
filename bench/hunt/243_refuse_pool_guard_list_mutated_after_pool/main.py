# refuse: the pool's workers fork at Pool(1), when `stopwords` holds two words; the guard then
# appends a third before map(). Forked, workers keep "an"; a lift passing the list at map()
# would drop it too.
from multiprocessing import Pool

if __name__ == "__main__":
    stopwords = ["a", "the"]

    def keep(word):
        return word not in stopwords

    with Pool(1) as pool:
        stopwords.append("an")
        print(pool.map(keep, ["a", "an", "cat"]))
