"""Korean for ``bpkit.lessons.handcalc`` (deck 002's hand-calculation tables, notebook 04) and
``bpkit.figures.net342`` (its diagram)."""
KO = {
    # the columns of every table
    "symbol": "기호",
    "deck formula": "강의 자료의 식",
    "with the numbers": "숫자를 넣은 식",
    "value": "값",
    "meaning": "뜻",
    # given
    "input": "입력",
    "wanted output": "원하는 출력(목표값)",
    "shared bias of the hidden layer": "은닉층이 함께 쓰는 편향",
    "shared bias of the output layer": "출력층이 함께 쓰는 편향",
    "learning rate": "학습률",
    "Given numbers": "주어진 값",
    "{matrix}: {w} from input i → hidden j": "{matrix}: {w}는 입력 i → 은닉 뉴런 j의 가중치",
    "{matrix}: {w} from hidden i → output j": "{matrix}: {w}는 은닉 뉴런 i → 출력 j의 가중치",
    # forward
    "net_{dst}: weighted sum plus the shared bias {b}": "net_{dst}: 가중합 + 공유 편향 {b}",
    "out_{dst} = σ(net_{dst}), the sigmoid": "out_{dst} = σ(net_{dst}), 시그모이드",
    # backward
    "δ_O = ∂E_Total/∂net_O: (1)·(2) of the slide": "δ_O = ∂E_Total/∂net_O: 슬라이드의 (1)·(2)",
    "∂E_Total/∂{name}: δ of the unit the weight feeds times what the weight carries":
        "∂E_Total/∂{name}: 가중치가 들어가는 뉴런의 δ × 가중치가 전달하는 값",
    "δ_H = ∂E_Total/∂net_H: the δ_O sent back along w', times σ'(net_H)":
        "δ_H = ∂E_Total/∂net_H: w'를 따라 거꾸로 보낸 δ_O에 σ'(net_H)를 곱한 값",
    "Shared biases: the sum of the δ of the units they feed":
        "공유 편향: 편향이 들어가는 뉴런들의 δ를 모두 더한 값",
    "One gradient-descent step with lr = {lr}": "lr = {lr}일 때 경사하강법 한 단계",
    "before": "전",
    "after": "후",
    "change": "변화",
    "One step with lr = {lr}": "lr = {lr}일 때 한 단계",
    # errata (handcalc_errata)
    "∂net_O2/∂{w}  (meant)": "∂net_O2/∂{w}  (의도한 식)",
    "∂net_O2/∂{w}  (on the slide)": "∂net_O2/∂{w}  (슬라이드의 식)",
    "0: {w} feeds net_O1": "0: {w}의 도착점은 net_O1",
    "δ_O1·out_H2  (slide: δ_O2·out_H1)": "δ_O1·out_H2  (슬라이드: δ_O2·out_H1)",
    "derivative": "미분",
    "by the chain rule": "연쇄법칙으로",
    "finite difference": "수치 미분",
    "out_H1 reaches net_O2 through {w} (hidden 1 → output 2)":
        "out_H1은 {w}(은닉 1 → 출력 2)를 거쳐 net_O2에 닿는다",
    "right second line": "올바른 둘째 줄",
    "deck 002": "강의 자료 002",
    "b2 reaches E1 only through net_O1 and E2 only through net_O2":
        "b2는 net_O1을 거쳐서만 E1에, net_O2를 거쳐서만 E2에 닿는다",
    # errors a learner can trigger
    "HandCalc works one sample at a time (deck 002): x must be 1-D or (1, n_in); got shape {shape}":
        "HandCalc는 한 번에 샘플 하나만 계산합니다(강의 자료 002): x는 1차원이거나 (1, n_in) 모양이어야 하는데 {shape} 모양이 들어왔습니다",
    "layer must be 1 (W_IH) or 2 (W_HO); got {layer!r}":
        "layer는 1(W_IH) 또는 2(W_HO)여야 합니다. 들어온 값: {layer!r}",
    "lr must be a finite number; got {lr!r}": "lr은 유한한 수여야 합니다. 들어온 값: {lr!r}",
    "HandCalc needs a bpkit.MLP; got {type}": "HandCalc에는 bpkit.MLP가 필요합니다. 들어온 것: {type}",
    "HandCalc follows deck 002's net with one hidden layer (sizes [n_in, n_hidden, n_out]); got sizes {sizes}":
        "HandCalc는 은닉층이 하나인 강의 자료 002의 신경망(sizes [n_in, n_hidden, n_out])을 따릅니다. 들어온 sizes: {sizes}",
    "HandCalc follows deck 002: sigmoid units, loss='mse', bias='shared'; got activations {activations}, loss {loss!r}, bias {bias!r}":
        "HandCalc는 강의 자료 002를 따릅니다: 시그모이드 뉴런, loss='mse', bias='shared'. 들어온 값: activations {activations}, loss {loss!r}, bias {bias!r}",
    "HandCalc needs a float64 net for its finite differences; got {dtype}":
        "HandCalc는 수치 미분을 위해 float64 신경망이 필요합니다. 들어온 dtype: {dtype}",
    "k names an output unit O1 … O{n_out} (1-based); got {k!r}":
        "k는 출력 뉴런 O1 … O{n_out} 중 하나입니다(1부터 셈). 들어온 값: {k!r}",
    "the {w12} / {w21} erratum needs at least 2 hidden units and 2 outputs; W_HO has shape {shape}":
        "{w12} / {w21} 슬라이드 오류를 보려면 은닉 뉴런과 출력이 각각 2개 이상 있어야 합니다. W_HO의 모양: {shape}",
    # the diagram (bpkit.figures.net342)
    "input layer": "입력층",
    "hidden layer": "은닉층",
    "output layer": "출력층",
    "sizes must be (n_in, n_hidden, n_out), each 1 … 9; got {sizes}":
        "sizes는 (n_in, n_hidden, n_out)이고 각각 1 … 9여야 합니다. 들어온 값: {sizes}",
    "highlight names weights the net does not have: {unknown}; deck 002 names them like 'w21' or \"w'12\"":
        "highlight에 신경망에 없는 가중치가 있습니다: {unknown}. 강의 자료 002는 가중치를 'w21'이나 \"w'12\"처럼 부릅니다",
}
