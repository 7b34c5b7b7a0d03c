def measure(word):
    return len(word)
