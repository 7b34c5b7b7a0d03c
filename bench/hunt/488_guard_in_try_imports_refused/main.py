# REFUSED (false refusal): a guard inside `try: ... except KeyboardInterrupt:` (change 1) that
# opens with two imports only its function uses (change 4). Refused: "imported inside a `try` of
# the enclosing function for it alone, and moving that import would move what the `try`
# catches", though the `try` is module-level and catches only KeyboardInterrupt. Without the
# `try` the same file is fixed.
from multiprocessing import Process

try:
    if __name__ == "__main__":
        import json
        import os

        def work(x):
            print(json.dumps({"x": x, "sep": os.sep == "/"}))

        p = Process(target=work, args=(1,))
        p.start()
        p.join()
except KeyboardInterrupt:
    pass
