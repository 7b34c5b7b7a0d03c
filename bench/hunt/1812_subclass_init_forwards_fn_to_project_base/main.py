# shape: project base ManagedProcess(fn, *args) -> Process(target=fn); subclass in another module has its own __init__(name, fn, *args) calling super().__init__(fn, *args) -- lambda to the subclass
from procs.named import NamedProcess

if __name__ == "__main__":
    who = "bob"
    p = NamedProcess("w1", lambda greeting: print(greeting, who, flush=True), "hi")
    p.start()
    p.join()
    print(p.name, p.exitcode)
