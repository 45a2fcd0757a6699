"""Static matplotlib figures for the notebooks, one module per kind of figure.

Functions draw on an Axes they are given (or a new figure) and return the figure or the
artists; they never call ``plt.show()``.
"""
