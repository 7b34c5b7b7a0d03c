# fix: the nested function lives in a method of a package module (not main.py) and is
# handed to a Process wrapper of a sibling module; main.py only calls the method.
from report import Report

if __name__ == "__main__":
    rep = Report("totals", [("apples", 3), ("kiwi", 12), ("fig", 7)])
    print("\n".join(rep.render()))
