# shape: Subaru-PFS/drp_fstar + spectra_lexer style layering -- public API (pkg/api.py) delegates to a private process helper in another module (pkg/par.py)
from pkg.api import apply_all

if __name__ == "__main__":
    suffix = "!"
    print(apply_all(lambda r: r + suffix, ["a", "b"]))
