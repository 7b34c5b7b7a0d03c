from .service import BackgroundService
