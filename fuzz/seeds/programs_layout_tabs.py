from multiprocessing import Pool


def main():
	step = 3

	def advance(x):
		if x > 0:
			return x + step
		return x

	with Pool(2) as pool:
		print(pool.map(advance, [0, 1, 2]))  # PKL003


if __name__ == "__main__":
	main()
