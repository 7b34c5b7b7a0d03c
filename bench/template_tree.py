"""Write a tree of template methods across files, to time the wrapper rounds on it.

    python3 bench/template_tree.py DIR GROUPS

Each of GROUPS packages `proj/gN/` holds `base.py` (five `abc.ABC` classes whose `run` maps
over an abstract property `executor` and whose `call` submits to an abstract `_make`: a file
that names no pool, read because the subclasses' file asks for it), `sub.py` (a process and a
thread subclass of each, the first subclassing the previous group's as well) and `use.py`
(lambdas handed to both), four files a group. A run finds one lambda a group. Its figures
are in bench/README.md ("Where the time goes", session 50).
"""

import sys
from pathlib import Path

BASE = """
class Base{c}(abc.ABC):
    @property
    @abc.abstractmethod
    def executor(self): ...

    @abc.abstractmethod
    def _make(self): ...

    def run(self, fn, xs):
        with self.executor as ex:
            return list(ex.map(fn, xs))

    def call(self, fn, *args):
        with self._make() as ex:
            return ex.submit(fn, *args).result()
"""

SUB = """
class Proc{c}(Base{c}):
    @property
    def executor(self):
        return ProcessPoolExecutor(2)


class Thread{c}(Base{c}):
    @property
    def executor(self):
        return ThreadPoolExecutor(2)
"""


def main() -> None:
    root, groups = Path(sys.argv[1]), int(sys.argv[2])
    package = root / "proj"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text("")
    for g in range(groups):
        folder = package / f"g{g}"
        folder.mkdir(exist_ok=True)
        (folder / "__init__.py").write_text("")
        (folder / "base.py").write_text(
            "import abc\n\n" + "\n".join(BASE.format(c=c) for c in range(5))
        )
        names = ", ".join(f"Base{c}" for c in range(5))
        (folder / "sub.py").write_text(
            "from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor\n\n"
            f"from .base import {names}\n"
            + "\n".join(SUB.format(c=c) for c in range(5))
        )
        (folder / "use.py").write_text(
            "from .sub import Proc0, Thread0\n\n\n"
            "def main():\n"
            "    k = 2\n"
            "    print(Proc0().run(lambda x: x * k, [1, 2]))\n"
            "    print(Thread0().run(lambda x: x + k, [1, 2]))\n"
        )


if __name__ == "__main__":
    main()
