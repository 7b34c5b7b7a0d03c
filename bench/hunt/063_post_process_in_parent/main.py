from pm.pipeline import pmap_then
from pm.work import digest


def main():
    modulus = 100
    print(pmap_then(digest, ["ab", "cd"], post=lambda v: v % modulus))


if __name__ == "__main__":
    main()
