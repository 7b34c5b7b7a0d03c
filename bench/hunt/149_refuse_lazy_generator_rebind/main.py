# refuse: imap_progress is a generator, so its pool only starts when `list` consumes it,
# after `factor` was rebound to 10; forked workers see 10. A lift that binds `factor`
# with functools.partial at the imap_progress(...) call would multiply by 2.
from utils.progress import imap_progress

if __name__ == "__main__":
    factor = 2

    def times(x):
        return x * factor

    results = imap_progress(times, [3, 1, 2], workers=2)
    factor = 10
    print(list(results))
