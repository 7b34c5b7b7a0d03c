from multiprocessing import Process


def print_message(msg):
    print(msg)


if __name__ == "__main__":
    message = "Hello from the main function!"
    p = Process(target=print_message, args=(message,))
    p.start()
    p.join()
