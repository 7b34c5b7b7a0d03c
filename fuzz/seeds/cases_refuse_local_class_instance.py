# picklefix-test: refused
from multiprocessing import Process


def main():
    class Settings:
        verbose = True

    settings = Settings()

    def work():
        print(settings.verbose)

    p = Process(target=work)  # PKL003
    p.start()
    p.join()


if __name__ == "__main__":
    main()
