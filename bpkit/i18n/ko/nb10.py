"""Korean for notebook 10 (Android 적용): the text its code cells print, its tables' headers and
captions, its figure's titles, its predictions and the check of its exercise
(bpkit/exercises/nb10.py). Every number of the English text is kept (the editions'
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
    "onnxruntime: output {dtype}, shape {shape}; equal bit for bit: {equal}; largest |Δp| "
    "below 1e-6: {small}; same predicted digit for all {n} images: {same}":
        "onnxruntime: 출력 {dtype}, 모양 {shape}. 비트 하나까지 같음: {equal}. 최대 |Δp|가 "
        "1e-6 미만: {small}. 이미지 {n}장 모두 예측한 숫자가 같음: {same}",
    "initializer": "초기값 텐서(initializer)",
    "size (bytes)": "크기(바이트)",
    "weights and biases: {params} bytes; the whole file: {file} bytes":
        "가중치와 편향: {params}바이트, 파일 전체: {file}바이트",
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
    # predictions (bpkit/exercises/nb10.py)
    "You left out the input's scaling: the phone sends 0–16, so the graph starts with a Mul by "
    "1/16.":
        "입력의 크기 조정을 빠뜨렸습니다. 휴대폰은 0–16을 보내므로 그래프는 1/16을 곱하는 Mul "
        "노드로 시작합니다.",
    "You left out the biases: each layer adds its bias b in an Add node after its MatMul.":
        "편향을 빠뜨렸습니다. 층마다 MatMul 다음에 Add 노드에서 편향 b를 더합니다.",
    "One node per layer is not enough: a layer is a MatMul (inp·W), an Add (+ b) and its "
    "activation, each a node; and the graph starts with a Mul by 1/16.":
        "층마다 노드 하나로는 부족합니다. 한 층은 MatMul(inp·W), Add(+ b), 활성화 함수로 이루어져 "
        "있고 각각이 노드 하나입니다. 그리고 그래프는 1/16을 곱하는 Mul로 시작합니다.",
    "Each layer is three nodes, MatMul, Add and the activation, not one; plus the Mul by 1/16.":
        "한 층은 노드 하나가 아니라 MatMul, Add, 활성화 함수의 세 노드입니다. 여기에 1/16을 곱하는 "
        "Mul이 더해집니다.",
    "That is how many numbers there are; each float32 takes 4 bytes.":
        "그것은 수의 개수입니다. float32 하나는 4바이트를 차지합니다.",
    "8 bytes a number is float64, bpkit's precision; the ONNX file stores float32, 4 bytes a "
    "number.":
        "수 하나에 8바이트는 bpkit의 정밀도인 float64입니다. ONNX 파일은 float32, 즉 수 하나에 "
        "4바이트로 저장합니다.",
    "That is bits, not bytes: a float32 is 32 bits = 4 bytes.":
        "그것은 바이트가 아니라 비트 수입니다. float32 하나는 32비트 = 4바이트입니다.",
    "onnxruntime computes in float32, bpkit in float64: every stored weight, product and sum is "
    "rounded to 24 bits, so the probabilities cannot be the same bit for bit.":
        "onnxruntime은 float32로, bpkit은 float64로 계산합니다. 저장된 가중치, 곱셈, 덧셈이 모두 "
        "24비트로 반올림되므로 확률이 비트 하나까지 같을 수는 없습니다.",
    "float32 rounds each number by at most about 6e-8 of its size; over a few hundred products "
    "and sums that stays below 1e-6 (the next cell measures it), far too little to change which "
    "digit is most probable.":
        "float32는 수마다 자기 크기의 약 6e-8 이하로 반올림합니다. 곱셈과 덧셈 수백 번에 걸쳐 "
        "쌓여도 1e-6보다 작아서(다음 셀에서 잽니다), 가장 확률이 높은 숫자를 바꾸기에는 너무 "
        "작습니다.",
    "float32 keeps about seven significant digits: its rounding errors are of relative size "
    "6e-8, and adding up a few hundred of them stays far below 1e-3.":
        "float32는 유효숫자를 약 일곱 자리 유지합니다. 반올림 오차는 상대 크기가 6e-8이고, 수백 "
        "개가 쌓여도 1e-3보다 훨씬 작습니다.",
    "a digit changes only when two probabilities are closer than the rounding error, which "
    "stays below 1e-6; float32 keeps about seven significant digits, plenty for probabilities.":
        "예측한 숫자는 두 확률의 차이가 반올림 오차(1e-6 미만)보다 작을 때에만 바뀝니다. float32는 "
        "유효숫자를 약 일곱 자리 유지하므로 확률에는 충분합니다.",
    # the exercise
    "input_scale = 1 needs no Mul: to_onnx writes the scaling node only when the input is "
    "really multiplied by something.":
        "input_scale = 1이면 Mul이 필요 없습니다. to_onnx는 입력에 실제로 무언가를 곱할 때에만 "
        "크기 조정 노드를 씁니다.",
    "the input is multiplied by input_scale first: when it is not 1, the graph starts with a "
    "Mul node.":
        "입력에는 먼저 input_scale을 곱합니다. 그 값이 1이 아니면 그래프는 Mul 노드로 시작합니다.",
    "bias='none' means there is no bias to add: no Add nodes.":
        "bias='none'이면 더할 편향이 없으므로 Add 노드도 없습니다.",
    "a shared bias is still added, one number broadcast over the layer: an Add node.":
        "공유 편향도 더해집니다. 수 하나를 층 전체에 브로드캐스트해 더하는 Add 노드입니다.",
    "to_onnx writes MatMul and then Add, two nodes, not one Gemm.":
        "to_onnx는 Gemm 하나가 아니라 MatMul과 Add, 두 노드를 씁니다.",
    "an identity activation is still a node (Identity): to_onnx writes one activation node per "
    "layer, whatever it is.":
        "항등 함수도 노드(Identity)입니다. to_onnx는 활성화 함수가 무엇이든 층마다 활성화 노드를 "
        "하나씩 씁니다.",
    "list every node in order, one entry per node, repeats included (a net with two layers has "
    "two MatMul).":
        "노드를 순서대로, 노드마다 하나씩, 반복되는 것도 빠짐없이 나열하세요(2층 신경망에는 "
        "MatMul이 두 개 있습니다).",
    "Not yet: `onnx_ops` should return a list of operator names such as [\"MatMul\", \"Add\", "
    "\"Relu\"]; got {kind} {result!r} for {args}.":
        "아직 정답이 아닙니다: `onnx_ops`는 [\"MatMul\", \"Add\", \"Relu\"] 같은 연산 이름의 "
        "리스트를 반환해야 합니다. {args}에서 {kind} {result!r}을(를) 반환했습니다.",
    "Not yet: for {args}, {hint}":
        "아직 정답이 아닙니다: {args}에서, {hint}",
    "node {k} is {got!r} in your list; to_onnx writes {want!r} there":
        "여러분의 리스트에서 {k}번째 노드는 {got!r}인데, to_onnx는 그 자리에 {want!r}을(를) 씁니다",
    "your list has {n_got} nodes, to_onnx writes {n_want}":
        "여러분의 리스트에는 노드가 {n_got}개 있는데, to_onnx는 {n_want}개를 씁니다",
    "Not yet: right for {first}, but not for {args}: {detail}. Does your function use every "
    "argument, with nothing typed in for one net?":
        "아직 정답이 아닙니다: {first}에서는 맞지만 {args}에서는 틀립니다. {detail}. 함수가 모든 "
        "인수를 쓰고, 한 신경망에만 맞는 값을 직접 적어 넣지 않았나요?",
    "Not yet: for {args}, {detail}. Compare with the node table of section 3.":
        "아직 정답이 아닙니다: {args}에서, {detail}. 3절의 노드 표와 비교해 보세요.",
    "Right: on all {n} nets — an optional Mul for the input scale, then per layer a MatMul, an "
    "Add unless bias='none', and the activation's node.":
        "정답입니다: 신경망 {n}개 모두에서 맞습니다. 입력 배율이 있으면 Mul, 그다음 층마다 MatMul, "
        "bias='none'이 아니면 Add, 그리고 활성화 함수의 노드입니다.",
    "The biases are missing: the file stores every layer's b too, 4 bytes a number.":
        "편향이 빠졌습니다. 파일에는 층마다 b도 저장되고, 숫자 하나가 4바이트입니다.",
}
