# Shape: library function has a lambda default (`fn=lambda x: x`) that it passes to the project pmap (golden).
from lib.api import transform

if __name__ == "__main__":
    print(transform([1, 2]))
