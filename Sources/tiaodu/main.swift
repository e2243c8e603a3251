print("tiaodu")
