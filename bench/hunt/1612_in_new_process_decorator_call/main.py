# shape: ztessler/delta_forecasts util.py -- in_new_process(func) returns a wrapper that runs func in a Process via a nested worker; applied by call, not as @decorator
from pkg.util import in_new_process

def main():
    offset = 40
    run = in_new_process(lambda a, b: a + b + offset)
    return run(1, 2)

if __name__ == "__main__":
    print(main())
