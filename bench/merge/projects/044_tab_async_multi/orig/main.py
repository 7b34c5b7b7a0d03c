"""Async pipeline with several executor calls."""

import asyncio
import hashlib
from concurrent.futures import ProcessPoolExecutor


async def process(payload: bytes, rounds: int) -> tuple[str, int]:
	loop = asyncio.get_running_loop()
	salt = b'pepper'
	with ProcessPoolExecutor(max_workers=2) as pool:

		def digest() -> str:
			data = payload
			for _ in range(rounds):
				data = hashlib.sha256(salt + data).digest()
			return data.hex()[:16]

		def length() -> int:
			return len(payload) * rounds

		d, n = await asyncio.gather(
			loop.run_in_executor(pool, digest),
			loop.run_in_executor(pool, length),
		)
	return d, n


if __name__ == '__main__':
	print(asyncio.run(process(b'hello', 3)))
