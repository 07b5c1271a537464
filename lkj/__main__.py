from lkj.cli import main

main()
