from par.safe import safe_map

if __name__ == "__main__":

    def parse_int(text, base=10):
        return int(text, base)

    print(safe_map(parse_int, ["10", "ff", "11"], base=16))
    print(safe_map(parse_int, ["10", "x1"]))
