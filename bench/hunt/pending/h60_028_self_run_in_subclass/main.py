from pkg.process import ProcessRunner

if __name__ == "__main__":
    print(ProcessRunner().scale_all([1, 2, 3], 10))
