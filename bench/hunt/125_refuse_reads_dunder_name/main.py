# refuse: the worker reports the module's __name__. Forked, it runs in the parent's copy of
# __main__ ("__main__"); lifted, a spawn child runs it in "__mp_main__".
import multiprocessing as mp


def main():
    q = mp.Queue()
    job = "report"

    def work(q):
        q.put(f"{job} from {__name__}")

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
