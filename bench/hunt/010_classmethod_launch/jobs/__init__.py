from .job import Job
