# shape: a nested def inside a method reads self.__token (compiled as self._Job__token inside the class); a Process wrapper -- a lift to module level must keep the mangled name
from pkg.bg import run_in_background


class Job:
    def __init__(self, token):
        self.__token = token

    def start(self, label):
        def work(tag):
            print(tag, self.__token, flush=True)

        return run_in_background(work, label)


if __name__ == "__main__":
    print("exit", Job("s3cr3t").start("job1"))
