from gt.threads import run_threads

if __name__ == "__main__":

    def tag(item):
        return f"<{item}>"

    print(run_threads(tag, ["x", "y"]))
