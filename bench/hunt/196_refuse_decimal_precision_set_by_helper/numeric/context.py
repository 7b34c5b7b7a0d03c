import decimal


def use_precision(digits):
    decimal.getcontext().prec = digits
