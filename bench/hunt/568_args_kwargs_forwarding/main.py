# Shape: submit_all(fn, items, *args, **kwargs) forwarding extra args to executor.submit.
from tools.exec import submit_all

if __name__ == "__main__":
    sep = "-"
    def label(x, prefix, suffix=""):
        return prefix + sep + str(x) + suffix
    print(submit_all(label, [1, 2], "p", suffix="!"))
