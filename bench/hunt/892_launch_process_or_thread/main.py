# shape: launch(target, args, use_threads=False) picks Process vs Thread via ternary class; caller default -> Process; target is guard-defined def writing a file
# OBSERVED: OK - finding + correct fix (Process via launch wrapper)
import os
import tempfile
from pkg.launch import launch

if __name__ == "__main__":
    out = os.path.join(tempfile.mkdtemp(), "o.txt")
    prefix = "val"
    def job(n):
        with open(out, "w") as fh:
            fh.write(f"{prefix}={n * 2}")
    launch(job, (21,))
    print(open(out).read())
