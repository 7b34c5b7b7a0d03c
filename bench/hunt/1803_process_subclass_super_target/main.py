# shape: Process subclass passes target/args straight to super().__init__ in procs/base.py; NamedProcess(ManagedProcess) in procs/named.py; main passes a nested fn
from procs.named import NamedProcess


def main():
    greeting = "hi"

    def child(who):
        print(greeting, who, flush=True)

    p = NamedProcess("w1", child, "bob")
    p.start()
    p.join()
    print(p.name, p.exitcode)


if __name__ == "__main__":
    main()
