# SHAPE: lambda handed to Process wrapper captures `cfg`, an instance of a module-level class whose attribute is a local lambda (lifting the outer lambda alone passes an unpicklable cfg)
# OBSERVED: OK - correct
from pkg.config import Config
from pkg.procs import run_in_child


def main():
    cfg = Config(normalize=lambda s: s.strip().upper())
    print(run_in_child(lambda q: q.put(cfg.normalize("  hi "))))


if __name__ == "__main__":
    main()
