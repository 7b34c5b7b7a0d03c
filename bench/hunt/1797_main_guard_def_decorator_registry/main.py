# shape: functions defined under if __name__ == "__main__": are registered by a package decorator and submitted by name through the package's process runner
from plugins.registry import register, run_all

if __name__ == "__main__":

    @register("double")
    def double(x):
        return x * 2

    @register("triple")
    def triple(x):
        return x * 3

    print(run_all(4))
