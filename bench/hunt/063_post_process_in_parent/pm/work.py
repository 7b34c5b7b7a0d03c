def digest(text):
    return sum(map(ord, text))
