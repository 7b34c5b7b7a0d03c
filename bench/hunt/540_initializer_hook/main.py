# Session 49 template-method hunt (helper, black box), its 021_initializer_hook.
import os

from pkg.process import ProcessRunner


def main():
    tag = "ready"
    print(ProcessRunner().run([1, 2, 3], lambda: os.environ.setdefault("TAG", tag)))


if __name__ == "__main__":
    main()
