from .dataset import process_dataset
