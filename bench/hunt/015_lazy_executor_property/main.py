from svc.compute import ComputeService

if __name__ == "__main__":

    def word_count(line):
        return len(line.split())

    lines = ["a b c", "hello world", "one"]
    with ComputeService() as svc:
        print(svc.map(word_count, lines))
