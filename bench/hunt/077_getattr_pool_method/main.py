from app.par import apply_parallel

if __name__ == "__main__":

    def word_len(word):
        return word, len(word)

    print(sorted(apply_parallel(word_len, ["spam", "eggs", "ham"], method="imap_unordered")))
