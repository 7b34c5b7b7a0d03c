# [pkg] unrelated class in pkg/other.py sets its own use_processes=True; Runner always threads -> none
from pkg.base import Runner
from pkg.other import Other

if __name__ == "__main__":
    print(Other().use_processes, Runner().doubled(3))
