from netio.fetch import thread_map


def main():
    host = "example.org"
    print(thread_map(lambda path: f"https://{host}/{path}", ["a", "b/c"]))


if __name__ == "__main__":
    main()
