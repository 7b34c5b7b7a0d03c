# refuse: the parent makes Sunday the first weekday. Forked, the child's header starts with
# "Su"; a spawned child has the default, Monday ("Mo").
import calendar
import multiprocessing as mp


def main():
    q = mp.Queue()
    width = 2
    calendar.setfirstweekday(calendar.SUNDAY)

    def work(out):
        out.put(calendar.weekheader(width))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
