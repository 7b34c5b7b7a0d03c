# Shape: attr lower in init (session 52 hunt of factories that choose by their arguments)
from lib.backends import Job

if __name__ == "__main__":
    print(Job().run(lambda x: x + 1, [1, 2]))
    print(Job("THREAD").run(lambda x: x + 2, [1, 2]))
