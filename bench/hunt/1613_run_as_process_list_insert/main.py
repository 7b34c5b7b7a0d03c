# shape: code-corpus excerpt 'run_with_queue / run_as_process(func, *args, **kwargs)' (search: decorator run function in separate process) -- func is spliced into the Process args list with list.insert before a module-level trampoline
from pkg.proc import run_as_process

def main():
    unit = "px"
    return run_as_process(lambda w, h: f"{w * h}{unit}", 3, h=4)

if __name__ == "__main__":
    print(main())
