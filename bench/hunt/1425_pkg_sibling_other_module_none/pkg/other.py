class Other:
    def __init__(self):
        self.use_processes = True
