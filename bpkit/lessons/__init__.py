"""Lesson material: one module per worked idea of a deck, built on the core's public API.

``examples`` (the decks' numbers), ``neuron`` and ``chain`` (deck 001's neuron and chain rule),
``handcalc`` (deck 002 by hand, with ``handcalc_format`` and
``handcalc_errata``), deck 003's δ rule in four modules (``deltarule``: index
loops, re-exporting ``formula_map``, ``output_pairs`` and ``deep_delta``), ``matrix_model``
(deck 004's column model), ``matrix_calculus`` (deck 004's matrix derivative entry by
entry), ``notation`` (the crosswalk), ``finite_diff`` (finite differences)
and ``bugzoo`` (wrong backward passes for the gradient check).
"""
