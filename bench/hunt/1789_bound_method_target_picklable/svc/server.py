class Server:
    def __init__(self, prefix):
        self.prefix = prefix

    def serve(self, msg):
        print(self.prefix, msg, flush=True)
