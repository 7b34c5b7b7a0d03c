# shape: lambda calls a nested helper that itself captures a local of main()
# OBSERVED: OK - finding + correct fix
from pkg.api import pmap

def main():
    off = 5
    def helper(x):
        return x + off
    print(pmap(lambda x: helper(x) * 2, [1, 2], kind="cpu"))

if __name__ == "__main__":
    main()
