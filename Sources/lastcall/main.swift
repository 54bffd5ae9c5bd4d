import LastCallCLI

LastCallCLI.main()
