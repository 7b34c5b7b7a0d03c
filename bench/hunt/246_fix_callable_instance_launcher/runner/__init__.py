from .launcher import Launcher

launch = Launcher(daemon=True)
