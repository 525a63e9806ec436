"""Date formats of the interface where Django's locale default is not the house style."""
