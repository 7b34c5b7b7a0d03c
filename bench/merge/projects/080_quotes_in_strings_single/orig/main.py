"""Strings containing quotes under single-quote style."""

from multiprocessing import Pool


def possessive(names, note):
	with Pool(2) as pool:
		return pool.map(lambda n: f"{n}'s {note}" + ' "ok"', names)


if __name__ == '__main__':
	print(possessive(['Ann', 'Bob'], 'desk'))
