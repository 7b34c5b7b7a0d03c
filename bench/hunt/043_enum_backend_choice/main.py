from eb.backend import Backend, map_with

if __name__ == "__main__":

    def is_prime(n):
        return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))

    print(map_with(Backend.PROCESS, is_prime, range(10)))
