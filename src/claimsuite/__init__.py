"""claimsuite: check news articles against typed claim files."""
