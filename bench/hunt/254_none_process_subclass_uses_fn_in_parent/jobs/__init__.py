from .preview import PreviewJob
