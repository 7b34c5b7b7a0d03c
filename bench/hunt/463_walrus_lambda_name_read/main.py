# WRONGFIX: `mp.Process(target=(f := lambda out: out.put(6)), ...)` then `print(f.__name__)`.
# The lambda captures nothing, so the fix binds f to the lifted `_p`; fork printed `<lambda>`,
# the fixed program prints `_p`. A later read of the walrus name (its name, qualname, signature)
# should refuse the in-place rewrite. (With a captured value the same shape crashes picklefix,
# see walrus_process_target_internal_error.)
import multiprocessing as mp


def main():
    q = mp.Queue()
    p = mp.Process(target=(f := lambda out: out.put(6)), args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()
    print(f.__name__)


if __name__ == "__main__":
    main()
