# Session 49 template-method hunt (helper, black box), its 045_serial_override_none.
from pkg.serial import SerialRunner


def main():
    k = 3
    print(SerialRunner().run(lambda x: x + k, [1, 2, 3]))


if __name__ == "__main__":
    main()
