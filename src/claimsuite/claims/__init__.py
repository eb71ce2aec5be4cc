"""The claim model, periods, quantities and the loaders for claim files and registries."""
