# WRONGFIX: `hmac.HMAC(key, msg, "sha256")` (the class; only `hmac.new` is listed):
# "cannot pickle '_hashlib.HMAC' object".
import hmac
import multiprocessing as mp

if __name__ == "__main__":
    h = hmac.HMAC(b"k", b"m", "sha256")

    def work(x):
        return h.hexdigest()[:6] + str(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
