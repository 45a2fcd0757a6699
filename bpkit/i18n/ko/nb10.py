"""Korean for notebook 10 (Android 적용): the text its code cells print, its tables' headers and
captions, and its figure's titles. Every number of the English text is kept (the editions'
stored numbers are compared)."""
KO = {
    # §1, §2: the trained net
    "test accuracy: {acc:.1%} of {n} images": "테스트 정확도: 이미지 {n}장 중 {acc:.1%}",
    "layer": "층",
    "W shape": "W 모양",
    "b shape": "b 모양",
    "activation": "활성화 함수",
    "numbers": "수의 개수",
    "{n} numbers in all: that is the trained network":
        "모두 {n}개의 수: 이것이 학습한 신경망의 전부입니다",
    "three lines give net.predict exactly: {same}":
        "세 줄의 계산이 net.predict와 정확히 같은 값을 냄: {same}",
    # §3: ONNX
    "node": "노드",
    "operation": "연산",
    "inputs": "입력",
    "output": "출력",
    "the graph: input {input} (N, 64) → {output} (N, 10); passes onnx.checker":
        "그래프: 입력 {input} (N, 64) → {output} (N, 10). onnx.checker 통과",
    "onnxruntime: output {dtype}, shape {shape}; largest |Δp| below 1e-6: {small}; "
    "same predicted digit for all {n} images: {same}":
        "onnxruntime: 출력 {dtype}, 모양 {shape}. 최대 |Δp|가 1e-6 미만: {small}. "
        "이미지 {n}장 모두 예측한 숫자가 같음: {same}",
    "weights rounded to float32": "가중치만 float32로 반올림",
    "bpkit in float32": "bpkit을 float32로 계산",
    "onnxruntime (float32)": "onnxruntime (float32)",
    "about 1e{exponent}": "약 1e{exponent}",
    "yes": "예",
    "no": "아니요",
    "route": "경로",
    "largest |Δp| vs bpkit float64": "bpkit float64 대비 최대 |Δp|",
    "same digits": "예측한 숫자가 같음",
    "float32 machine epsilon: {eps32:.2e} (float64: {eps64:.2e})":
        "float32의 기계 엡실론: {eps32:.2e} (float64: {eps64:.2e})",
    # §4: JSON
    "layer {layer}: activation {name!r}, weights {rows}×{cols}, bias {n}":
        "층 {layer}: 활성화 함수 {name!r}, 가중치 {rows}×{cols}, 편향 {n}개",
    "read back: the same probabilities bit for bit: {same}":
        "다시 읽어 들인 신경망의 확률이 비트 하나까지 같음: {same}",
    # §5: the drawing
    "the drawing (300×300)": "그린 그림 (300×300)",
    "to_digit_pixels (8×8, 0–16)": "to_digit_pixels (8×8, 0–16)",
    "a 7 of the data set": "데이터 세트의 7",
    "the net reads the drawing as a {digit}": "신경망이 읽은 숫자: {digit}",
    # §6: the phone
    "the phone's model is this notebook's net: {same}":
        "휴대폰 앱의 모델이 이 노트북의 신경망과 같음: {same}",
    "what a phone downloads: {total:.1f} MB, of which {app:.2f} MB app and model, "
    "{ort:.1f} MB onnxruntime-web":
        "휴대폰이 내려받는 양: {total:.1f} MB (앱과 모델 {app:.2f} MB, onnxruntime-web {ort:.1f} MB)",
}
