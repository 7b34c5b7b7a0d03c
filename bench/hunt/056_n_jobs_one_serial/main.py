from nj.parallel import parallel_apply


def main():
    sep = ":"
    print(parallel_apply(lambda kv: sep.join(kv), [("a", "1"), ("b", "2")], n_jobs=1))


if __name__ == "__main__":
    main()
