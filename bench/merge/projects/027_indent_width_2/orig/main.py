"""Two-space indented project (Google style)."""

import multiprocessing


def normalize(values, lower_bound, upper_bound):
  span = upper_bound - lower_bound

  def scale(value):
    return round((value - lower_bound) / span, 3)

  with multiprocessing.Pool(2) as pool:
    return pool.map(scale, values)


if __name__ == "__main__":
  print(normalize([1, 5, 10], 0, 10))
