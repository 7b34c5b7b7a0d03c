# Shape: lambda capturing a comprehension variable, inside a list comprehension calling the project pmap (golden).
from lib.sweep import sweep

if __name__ == "__main__":
    print(sweep([1, 2], [10, 20]))
