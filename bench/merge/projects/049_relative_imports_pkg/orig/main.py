from metrics.report import report

if __name__ == "__main__":
    print("\n".join(report({"api": [1, 5, 9, 30], "db": [2, 2, 3]})))
