# refuse: `main` rebinds the module global MODE (through `global`) after building the Process
# and before start(). Forked, the child sees "fast"; a lift passing MODE where the Process is
# built sends "warm", and one reading the global in a spawned child sees "safe".
import multiprocessing as mp

MODE = "safe"


def main():
    global MODE
    q = mp.Queue()
    MODE = "warm"
    proc = mp.Process(target=lambda out: out.put("mode " + MODE), args=(q,))
    MODE = "fast"
    proc.start()
    print(q.get(timeout=10))
    proc.join()


if __name__ == "__main__":
    main()
