# shape: call_in_subprocess(lambda: n * n) inside a loop, called immediately each iteration (no late binding) -- Process + Queue result
from pkg.iso import call_in_subprocess

if __name__ == "__main__":
    out = []
    for n in [2, 3]:
        out.append(call_in_subprocess(lambda: n * n))
    print(out)
