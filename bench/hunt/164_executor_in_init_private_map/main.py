from jobs import Engine

if __name__ == "__main__":
    unit = "kg"

    def fmt(value):
        return f"{value}{unit}"

    engine = Engine()
    try:
        print(engine.transform(fmt, [1, None, 3]))
    finally:
        engine.close()
