# shape: StoppableProcess(Process) forwards *args/**kwargs to Process.__init__ and adds an Event; main passes target=nested fn
from procs.stoppable import StoppableProcess


def main():
    label = "tick"

    def loop(n):
        for i in range(n):
            print(label, i, flush=True)

    p = StoppableProcess(target=loop, args=(2,))
    p.start()
    p.join()
    print("stopped", p.stopped())


if __name__ == "__main__":
    main()
