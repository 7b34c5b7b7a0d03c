# fix: a two-parameter guard function whose default value is a guard variable, handed to
# a wrapper over Pool.starmap; the default must keep its value after the lift.
from jobs.pairs import star

if __name__ == "__main__":
    SEP = "::"

    def combine(left, right, sep=SEP):
        return f"{left}{sep}{right}"

    SEP = "--"
    print(star(combine, [("a", 1), ("b", 2), ("c", 3)], chunksize=1))
    print(SEP)
