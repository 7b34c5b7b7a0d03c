# refuse: the nested worker reads a threading.local() of the parent (the forked main thread keeps its value); a _thread._local cannot be pickled, so a lift turns "alice login" into a crash under spawn
import threading

from pkg.bg import run_in_background


def main():
    tls = threading.local()
    tls.user = "alice"

    def work(action):
        print(getattr(tls, "user", "?"), action, flush=True)

    print("exit", run_in_background(work, "login"))


if __name__ == "__main__":
    main()
