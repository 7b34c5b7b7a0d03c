# Session 49 template-method hunt (helper, black box), its 031_worker_hook_samefile.
import multiprocessing
import threading


class Launcher:
    def _make_worker(self, target, args):
        return threading.Thread(target=target, args=args)

    def launch(self, target, *args):
        worker = self._make_worker(target, args)
        worker.start()
        worker.join()


class ProcessLauncher(Launcher):
    def _make_worker(self, target, args):
        return multiprocessing.Process(target=target, args=args)


def main():
    greeting = "hello"
    ProcessLauncher().launch(lambda name: print(greeting, name, flush=True), "world")
    print("done")


if __name__ == "__main__":
    main()
