import app.compute.par as par

if __name__ == "__main__":
    scale = 10

    def combine(a, b):
        return (a + b) * scale

    print(par.run(combine, [(1, 2), (3, 4), (5, 6)]))
