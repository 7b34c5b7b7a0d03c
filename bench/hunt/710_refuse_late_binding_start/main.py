# Shape: Job(fn) builds the Process in __init__, start() comes later; the lambda reads a variable reassigned in between (fork sees the new value, a partial bound at Job() would not)
from lib.job import Job


def main():
    message = "draft"
    job = Job(lambda: print("child sees", message, flush=True))
    message = "final"
    job.start()
    job.wait()


if __name__ == "__main__":
    main()
