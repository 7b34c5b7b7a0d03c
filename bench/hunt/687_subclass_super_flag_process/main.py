# Shape: class ProcessRunner(Runner) fixes use_processes=True via super().__init__ (base default threads, executor from a helper method); guard function
from lib import ProcessRunner

if __name__ == "__main__":
    def sq(x):
        return x * x

    print(ProcessRunner().map(sq, [1, 2, 3]), flush=True)
