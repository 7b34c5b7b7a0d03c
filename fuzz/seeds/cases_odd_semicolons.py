from multiprocessing import Process

if __name__ == "__main__":
    p = Process(target=lambda: print("semi")); p.start(); p.join()  # PKL002
