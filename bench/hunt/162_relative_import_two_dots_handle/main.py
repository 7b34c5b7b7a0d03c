from svc.reports.build import build

if __name__ == "__main__":
    print(build([3.5, 10, 0.25], "EUR"))
