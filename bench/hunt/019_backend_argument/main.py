from execs import run_parallel

if __name__ == "__main__":

    def shout(word):
        return word.upper() + "!"

    words = ["hey", "you"]
    print(run_parallel(shout, words, backend="thread"))
    print(run_parallel(shout, words))
