from lib import scale_all


if __name__ == "__main__":
    print(scale_all([1.5, 2.5], 3))
