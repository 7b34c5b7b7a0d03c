from .workers import WorkerGroup


class App:
    def __init__(self):
        self.workers = WorkerGroup(2)


def create_app():
    return App()
