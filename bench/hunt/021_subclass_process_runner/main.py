from runners.process import ProcessBatchRunner

if __name__ == "__main__":

    def checksum(text):
        return sum(map(ord, text)) % 251

    print(ProcessBatchRunner().run(checksum, ["abc", "hello", "z"]))
