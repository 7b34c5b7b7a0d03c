from app import jobs

if __name__ == "__main__":
    prefix = "item-"

    def label(n):
        return prefix + str(n * n)

    out = jobs.pool.fan_out(label, [3, 1, 2])
    print(sorted(out.items()))
