from . import par

SETTINGS = {"USE_THREADS": False}
for _name, _value in SETTINGS.items():
    setattr(par, _name, _value)
