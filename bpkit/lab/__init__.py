"""The interactive lab: the explorer's pure state functions (``explorer_state``, over ``presets``,
``params``, ``state``, ``stepping``, ``readouts``, ``checks``), its widgets (``widgets``,
``panels``), the network diagram they redraw (``diagram``, ``diagram_style``, ``labels``) and
notebook 02's chain slider (``chain_slider``)."""
