# Shape: attr through wrapper (session 52 hunt of factories that choose by their arguments)
from lib.backends import Job

if __name__ == "__main__":
    k = 10
    print(Job("thread").run(lambda x: x + k, [1, 2]))
    print(Job(kind="thread").run(lambda x: x * k, [1, 2]))
