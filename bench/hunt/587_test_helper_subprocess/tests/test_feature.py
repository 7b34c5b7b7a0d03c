from tests.helpers import run_in_subprocess


def test_isolated():
    expected = 9

    def check(a, b):
        return a * b == expected

    assert run_in_subprocess(check, 3, 3)
    print("ok", expected)
