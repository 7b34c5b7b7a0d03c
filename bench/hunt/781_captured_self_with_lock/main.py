# SHAPE: method Service.compute_in_background (pkg/service.py) passes `lambda: self._compute(q)` to pkg.procs.spawn_worker; Service holds a threading.Lock so a lift passing self cannot be pickled -> must refuse
# OBSERVED: OK - correct
from pkg.service import Service


def main():
    print(Service(7).compute_in_background())


if __name__ == "__main__":
    main()
