"""Submit with a long positional list, black skip-magic-trailing-comma."""

from concurrent.futures import ProcessPoolExecutor


def archive(paths, destination_bucket_name, compression_level_setting):
    storage_class = "STANDARD_IA"

    def upload(path, attempt):
        target = f"s3://{destination_bucket_name}"
        return f"{path}#{attempt} -> {target} ({compression_level_setting}, {storage_class})"

    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(upload, path, 1) for path in paths]
        return [f.result() for f in futures]


if __name__ == "__main__":
    print("\n".join(archive(["a.tar", "b.tar"], "backups", 9)))
