from multiprocessing import Pool


def main():
    border = "+--"

    def banner(name):
        """Build a banner.

        The continuation lines of this docstring keep their indentation,
            including this deeper one.
        """
        return f"""{border}
| {name}
    an indented line inside the string
{border}"""

    with Pool(2) as pool:
        for text in pool.map(banner, ["ada"]):  # PKL003
            print(text)


if __name__ == "__main__":
    main()
