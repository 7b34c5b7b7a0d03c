# Shape: test helper run_in_subprocess(fn, *args) using Process + Queue; a test function defines a nested fn.
from tests.test_feature import test_isolated

if __name__ == "__main__":
    test_isolated()
    print("passed")
