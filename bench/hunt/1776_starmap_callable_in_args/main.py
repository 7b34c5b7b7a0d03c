# shape: scientific integrate(f, a, b) splits the range and starmaps a module-level chunk integrator with f inside each argument tuple -- lambda travels in the args
from sci.integrate import integrate

if __name__ == "__main__":
    c = 1.0
    print(round(integrate(lambda x: c * x * x, 0.0, 2.0), 4))
