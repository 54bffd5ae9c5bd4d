print("lastcall-bench")
