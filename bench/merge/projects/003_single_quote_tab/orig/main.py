"""Hash a set of files in parallel and print their digests."""

import hashlib
from concurrent.futures import ProcessPoolExecutor


def digest_all(payloads: dict[str, bytes], algorithm: str = 'sha256') -> dict[str, str]:
	prefix_length = 12

	def digest(name: str) -> tuple[str, str]:
		h = hashlib.new(algorithm)
		h.update(payloads[name])
		return name, h.hexdigest()[:prefix_length]

	with ProcessPoolExecutor(max_workers=2) as executor:
		futures = [executor.submit(digest, name) for name in sorted(payloads)]
		return dict(f.result() for f in futures)


if __name__ == '__main__':
	for name, value in digest_all({'a.txt': b'alpha', 'b.txt': b'beta'}).items():
		print(name, value)
