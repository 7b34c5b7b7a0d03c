from multiprocessing import Pool


def main():
    border = "+--"

    def banner(name):
        """Build a banner.

        The continuation lines of this docstring move with the function, as
            black re-indents them, and this deeper one stays deeper.
        """
        return f"""{border}
| {name}
    an indented line inside the string
{border}"""

    def shout(name):
        """Shout a name; the closing quotes share the last line."""
        return name.upper()

    def whisper(name):
        """Whisper a name.

        Said quietly."""

        def soften(text):
            """Lower the text.

            Its own docstring moves four spaces left as well.
            """
            return text.lower()

        return soften(name)

    with Pool(2) as pool:
        texts = pool.map(banner, ["ada"])  # PKL003
        for text in texts:
            print(text)
        print(pool.map(shout, ["bo"]))  # PKL003
        print(pool.map(whisper, ["CY"]))  # PKL003
        print(whisper.__doc__.split())


if __name__ == "__main__":
    main()
