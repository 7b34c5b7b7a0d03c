from dp import process_dataset

if __name__ == "__main__":

    def clean(text):
        return text.strip().lower()

    print(process_dataset(clean, [" A", "b ", " C ", "d", "E"]))
