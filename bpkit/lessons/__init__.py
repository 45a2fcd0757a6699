"""Lesson material, one module per deck's worked idea: the decks' numbers, deck 001's neuron and
chain rule, deck 002 by hand, deck 003's δ rule in index loops, deck 004's column model, the
notation crosswalk, finite differences and the bug zoo. Built on the core through its public API."""
