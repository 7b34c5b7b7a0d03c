import multiprocessing as mp


def main():
    message = "fork never pickles the target"

    def work():
        print(message)

    ctx = mp.get_context("fork")
    p = ctx.Process(target=work)
    p.start()
    p.join()
    q = mp.get_context("fork").Process(target=lambda: print("nor a lambda"))
    q.start()
    q.join()


if __name__ == "__main__":
    main()
