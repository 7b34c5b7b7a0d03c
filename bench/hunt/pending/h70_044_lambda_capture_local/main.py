# Shape: function in a package calls project pmap with a lambda capturing locals (golden: fails under fork too).
from lib.stats import zscores

if __name__ == "__main__":
    print(zscores([1.0, 2.0, 3.0]))
