from claimsuite.cli import main

main()
