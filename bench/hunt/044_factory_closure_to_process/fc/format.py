def make_formatter(prefix, width):
    def fmt(out, value):
        out.put(f"{prefix}{value:>{width}}")

    return fmt
