"""Korean for notebook 00 (the index): the text its code cells print."""
KO = {
    "layer": "층",
    "net (pre-activation)": "net (가중합)",
    "hidden H": "은닉층 H",
    "output O": "출력층 O",
    "deck 002's 3-4-2 net on x = {x}, target {t}: E_Total = {E:.6f}":
        "강의 자료 002의 3-4-2 신경망, x = {x}, 목표값 {t}: E_Total = {E:.6f}",
}
