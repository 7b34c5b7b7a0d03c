class Server:
    def __init__(self, formatter):
        self.formatter = formatter

    def serve(self, msg):
        print(self.formatter(msg), flush=True)
