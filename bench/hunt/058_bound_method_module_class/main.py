from bm.engine import Engine
from bm.scaler import Scaler


def main():
    scaler = Scaler(2, offset=1)
    print(Engine().map(scaler.apply, [0, 1, 2]))


if __name__ == "__main__":
    main()
