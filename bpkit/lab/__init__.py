"""The interactive lab: the explorer's pure state functions (``explorer_state``), its widgets
(``widgets``), the network diagram they redraw (``diagram``) and notebook 02's chain slider."""
