"""Korean for the gradient check (bpkit.gradcheck), the bug zoo and the finite-difference figure
(notebook 09)."""
KO = {
    # bpkit/gradcheck.py: the report table and the errors check_gradients can raise
    "parameter": "매개변수",
    "shape": "모양",
    "max rel. error": "최대 상대 오차",
    "max abs. error": "최대 절대 오차",
    "verdict": "판정",
    "ok": "정상",
    "check": "확인 필요",
    "wrong": "틀림",
    "scalar": "스칼라",
    "net must be a bpkit.MLP; got {type}": "net은 bpkit.MLP여야 합니다. 받은 것: {type}",
    "gradient checks need float64 (in float32 the differences lose their digits); use a float64 "
    "copy of the net":
        "기울기 검증은 float64에서 해야 합니다(float32에서는 차분이 유효숫자를 대부분 잃습니다). "
        "신경망을 float64로 복사해서 쓰세요",
    "backward must be a function backward(net, X, T) -> (dW, db); got {backward!r}":
        "backward는 backward(net, X, T) -> (dW, db) 꼴의 함수여야 합니다. 받은 것: {backward!r}",
    "the analytic gradients {what} must be a list of {n} arrays; got {given}":
        "해석적 기울기 {what}는 배열 {n}개의 리스트여야 합니다. 받은 것: {given}",
    "the analytic gradient for {name} has shape {shape}; the parameter has shape {want}":
        "{name}의 해석적 기울기는 모양이 {shape}인데, 매개변수의 모양은 {want}입니다",
}
