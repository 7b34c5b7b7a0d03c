import threading


class Launcher:
    def _make_worker(self, target, args):
        return threading.Thread(target=target, args=args)

    def launch(self, target, *args):
        worker = self._make_worker(target, args)
        worker.start()
        worker.join()
