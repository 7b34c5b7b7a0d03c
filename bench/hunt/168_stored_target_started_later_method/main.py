import multiprocessing

from jobs.job import Job


def main():
    q = multiprocessing.Queue()
    greeting = "hello"
    job = Job("greeter")

    def speak(name, out):
        out.put(f"{greeting}, {name}")

    job.set_target(speak, "world", q)
    code = job.run()
    print(q.get(timeout=10), code)


if __name__ == "__main__":
    main()
