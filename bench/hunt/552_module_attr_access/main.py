# Session 49 template-method hunt (helper, black box), its 035_module_attr_access.
import pkg.process

if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(pkg.process.ProcessRunner().run(add, [1, 2, 3]))
