# fix: this file is indented with tabs; the lifted worker must keep a consistent indentation.
import multiprocessing as mp


def main():
	q = mp.Queue()
	step = 4

	def work(out, n):
		if n > 0:
			out.put([i * step for i in range(n)])
		else:
			out.put([])

	p = mp.Process(target=work, args=(q, 3))
	p.start()
	print(q.get(timeout=10))
	p.join()


if __name__ == "__main__":
	main()
