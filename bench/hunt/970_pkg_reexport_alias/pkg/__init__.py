from pkg.x import ProcRunner as Runner
