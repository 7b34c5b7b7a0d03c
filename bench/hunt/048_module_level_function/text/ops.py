def normalize(word):
    return word.strip().lower()
