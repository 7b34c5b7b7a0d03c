from multiprocessing import Pool


def main():
    接尾辞 = "さん"

    def 敬称(名前):
        return 名前 + 接尾辞

    with Pool(2) as pool:
        print(pool.map(敬称, ["田中", "佐藤"]))  # PKL003


if __name__ == "__main__":
    main()
