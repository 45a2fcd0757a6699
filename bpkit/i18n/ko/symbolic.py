"""Korean for ``bpkit.symbolic``: deck 000's errata and conventions tables (notebook 03)."""
KO = {
    # Erratum display and errata_table
    "slide (wrong): ": "슬라이드 (오류): ",
    "right: ": "올바른 식: ",
    "slide line": "슬라이드의 줄",
    "at": "대입한 값",
    "slide gives": "슬라이드의 값",
    "right value": "올바른 값",
    "why": "이유",
    "Deck 000's wrong lines, evaluated where they differ":
        "강의 자료 000의 틀린 줄: 값이 달라지는 점에서 계산",
    "the exponent of the denominator is +2: ② has (1 + e^(−x))^(−2) as a factor":
        "분모의 지수는 +2: ②에서 (1 + e^(−x))^(−2)는 곱해지는 인수",
    "d/dy log(1 − y) = −1/(1 − y): the second denominator is 1 − y_i":
        "d/dy log(1 − y) = −1/(1 − y)이므로 두 번째 분모는 1 − y_i",
    "s_j = Σ_k x_k w_kj, so the derivative by w_kj is the input x_k":
        "s_j = Σ_k x_k w_kj이므로 w_kj로 미분하면 입력 x_k",
    "every factor in the sum over outputs i carries the index i, not j":
        "출력 i에 대한 합 안의 모든 인수는 j가 아니라 첨자 i를 가져야 함",
    "h_j feeds every output i, so its derivative sums over them (the slide's ① has Σ)":
        "h_j는 모든 출력 i로 이어지므로 미분은 i에 대한 합 (슬라이드의 ①에는 Σ가 있음)",
    "w_ji runs from hidden unit j to output i: w_31 multiplies h_3, so its gradient is δy_1·h_3":
        "w_ji는 은닉 뉴런 j에서 출력 i로 가는 가중치: w_31에는 h_3이 곱해지므로 기울기는 δy_1·h_3",
    # conventions_table
    "learning rate η = 1": "학습률 η = 1",
    "w_ji − η(y_i − t_i)h_j (bpkit's lr)": "w_ji − η(y_i − t_i)h_j (bpkit의 lr)",
    "w_11 − η·δh_1·x_1 (δh needs its index: see the errata)":
        "w_11 − η·δh_1·x_1 (δh에는 첨자가 필요: 슬라이드 오류 표 참고)",
    "deck": "강의 자료",
    "slide": "슬라이드",
    "the slide writes": "슬라이드의 식",
    "convention": "관례",
    "in general": "일반적인 형태",
    "Conventions, not errors": "오류가 아닌 관례(약속)",
    # bpkit.symbolic.oracle: errors
    "sizes must list at least 2 layer sizes, each ≥ 1; got {sizes}":
        "sizes에는 층 크기가 2개 이상, 각각 1 이상이어야 합니다. 들어온 값: {sizes}",
    "{n} activations for {layers} layers": "층은 {layers}개인데 활성화 함수가 {n}개입니다",
    "softmax is only supported as the output activation":
        "softmax는 출력층의 활성화 함수로만 쓸 수 있습니다",
    "X {X} and T {T} do not fit sizes {sizes}": "X {X}, T {T}의 모양이 sizes {sizes}에 맞지 않습니다",
    "weights[{l}] must have shape {shape}; got {got}":
        "weights[{l}]의 모양이 맞지 않습니다. 필요한 모양: {shape}, 들어온 모양: {got}",
    "got {n} parameter values for {m} parameters (bias={bias!r})":
        "매개변수는 {m}개인데 값이 {n}개 들어왔습니다 (bias={bias!r})",
}
