# SHAPE: guard fn `pipeline` calls guard fns `clean` and `weigh`; `weigh` reads guard global WEIGHTS dict; pipeline also called directly in parent afterwards; wrapper across two files
# OBSERVED: OK - correct
from pkg import api

if __name__ == "__main__":
    WEIGHTS = {"a": 1, "b": 2, "c": 3}

    def clean(s):
        return s.strip().lower()

    def weigh(s):
        return WEIGHTS.get(s, 0)

    def pipeline(s):
        return weigh(clean(s))

    print(api.score_all(pipeline, [" A", "B ", "z"]))
    print(pipeline(" C "))
