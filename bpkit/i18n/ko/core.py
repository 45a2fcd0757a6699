"""Korean for the core's errors: what a learner's bad input to ``MLP``, ``fit``, ``sgd_step``,
the activations and the losses gets (bpkit.errors, validate, mlp, train, activations, losses).

Each message keeps the argument's name (X, T, lr, sizes[1], weights[0], activation, ...) and the
bad value as the English one does; a field is never followed by a particle that depends on its
last sound (은/는, 이/가), so every value reads right.
"""
KO = {
    # ---- bpkit/errors.py --------------------------------------------------------------------
    "{what} contains {value} at index {index} ({n_bad} non-finite value(s) of {size}); "
    "bpkit needs finite numbers":
        "{what}의 위치 {index}의 값이 {value}입니다(값 {size}개 중 {n_bad}개가 유한하지 않음). "
        "bpkit에는 유한한 수가 필요합니다",
    "{what} contains {value} ({n_bad} non-finite value(s) of {size}); bpkit needs finite numbers":
        "{what}의 값이 {value}입니다(값 {size}개 중 {n_bad}개가 유한하지 않음). "
        "bpkit에는 유한한 수가 필요합니다",
    "unknown activation {name!r}; valid activations are: {valid}":
        "알 수 없는 활성화 함수(activation) 이름입니다: {name!r}. 쓸 수 있는 활성화 함수: {valid}",
    "unknown loss {name!r}; valid losses are: {valid}":
        "알 수 없는 손실함수(loss) 이름입니다: {name!r}. 쓸 수 있는 손실함수: {valid}",
    "unknown bias mode {name!r}; valid bias modes are: {valid}":
        "알 수 없는 편향 방식(bias) 이름입니다: {name!r}. 쓸 수 있는 편향 방식: {valid}",
    "unknown style {name!r}; valid styles are: {valid}":
        "알 수 없는 표기 방식(style) 이름입니다: {name!r}. 쓸 수 있는 표기 방식: {valid}",
    "unknown net {name!r}; valid nets are: {valid}":
        "알 수 없는 신경망(net) 이름입니다: {name!r}. 쓸 수 있는 신경망: {valid}",
    "unknown {kind} {name!r}; valid {kinds} are: {valid}":
        "알 수 없는 {kind} 이름입니다: {name!r}. 쓸 수 있는 {kinds}: {valid}",

    # ---- bpkit/validate.py ------------------------------------------------------------------
    "booleans": "불리언(bool)",
    "complex numbers": "복소수",
    "strings": "문자열",
    "bytes": "바이트열",
    "Python objects (None, or rows of unequal length?)":
        "파이썬 객체(None이 섞였거나 행의 길이가 제각각인 경우)",
    "dates": "날짜",
    "time differences": "시간 간격",
    "records": "레코드",
    "an array of shape {shape} and dtype {dtype}": "모양 {shape}, dtype {dtype}인 배열",
    "lr (the learning rate)": "lr(학습률)",
    "{what} must be a positive integer; got {value}":
        "{what} 값은 양의 정수여야 합니다. 받은 값: {value}",
    "{what} must be a number; got {value} ({type})":
        "{what} 값은 숫자여야 합니다. 받은 값: {value} ({type})",
    "{what} must be a finite number above {low:g}; got {value!r}":
        "{what} 값은 {low:g}보다 큰 유한한 수여야 합니다. 받은 값: {value!r}",
    "{what} must be a finite number above {low:g} and at most {high:g}; got {value!r}":
        "{what} 값은 {low:g}보다 크고 {high:g} 이하인 유한한 수여야 합니다. 받은 값: {value!r}",
    "rng must be a numpy.random.Generator (np.random.default_rng(SEED)); got {value} ({type})":
        "rng에는 numpy.random.Generator(np.random.default_rng(SEED))를 넘겨야 합니다. "
        "받은 값: {value} ({type})",
    "seed must be an integer ≥ 0 or None; got {value}":
        "seed 값은 0 이상의 정수이거나 None이어야 합니다. 받은 값: {value}",
    "sizes must be a list of layer sizes such as [3, 4, 2]; got {value}":
        "sizes에는 [3, 4, 2]처럼 층별 뉴런 수의 리스트를 넘겨야 합니다. 받은 값: {value}",
    "sizes must list at least 2 layer sizes, each ≥ 1; got {value}":
        "sizes에는 층이 2개 이상 있어야 하고, 각 뉴런 수는 1 이상이어야 합니다. 받은 값: {value}",
    "sizes[{i}] must be an integer ≥ 1 (units in layer {i}); got {value} in sizes {sizes}":
        "sizes[{i}](층 {i}의 뉴런 수)는 1 이상의 정수여야 합니다. 받은 값: {value} "
        "(sizes {sizes})",
    "activation lists {n} names but the net has {n_layers} layers":
        "activation에 이름이 {n}개 있지만 신경망의 층은 {n_layers}개입니다",
    "activation must be a name such as 'sigmoid' or a list of names, one per layer; got {value}":
        "activation에는 'sigmoid' 같은 이름 하나, 또는 층마다 하나씩 이름을 담은 리스트를 넘겨야 "
        "합니다. 받은 값: {value}",
    "softmax is only supported as the output activation":
        "softmax는 출력층의 활성화 함수로만 쓸 수 있습니다",
    "softmax over one output unit is always 1 (nothing to learn); use "
    "output_activation='sigmoid' with loss='bce' for one yes/no output":
        "출력 뉴런이 하나뿐이면 softmax는 늘 1이라 학습할 것이 없습니다. 예/아니요 출력 하나에는 "
        "output_activation='sigmoid'와 loss='bce'를 쓰세요",
    "loss='bce' needs outputs in (0, 1), a sigmoid output layer; got output_activation={name!r}":
        "loss='bce'에는 (0, 1) 사이의 출력, 즉 시그모이드 출력층이 필요합니다. "
        "받은 값: output_activation={name!r}",
    "loss='softmax_ce' needs a softmax output layer (each row a distribution); "
    "got output_activation={name!r}":
        "loss='softmax_ce'에는 softmax 출력층(각 행이 확률분포)이 필요합니다. "
        "받은 값: output_activation={name!r}",
    "dtype must be float64 or float32; got {value}":
        "dtype은 float64나 float32여야 합니다. 받은 값: {value}",
    "{what} must be an array of numbers; got {value}":
        "{what}에는 숫자 배열을 넘겨야 합니다. 받은 값: {value}",
    "{what} must be a rectangular array of numbers (every row the same length); got {value}":
        "{what}에는 직사각형 모양의 숫자 배열(모든 행의 길이가 같음)을 넘겨야 합니다. "
        "받은 값: {value}",
    "{what} must hold real numbers; got an array of {kind}":
        "{what}에는 실수가 들어 있어야 합니다. 받은 것: {kind}의 배열",
    "{what} must hold real numbers; got an array of {kind}: {value}":
        "{what}에는 실수가 들어 있어야 합니다. 받은 것: {kind}의 배열 {value}",
    "X must be one sample (1-D) or a batch (2-D); got {ndim}-D, shape {shape}":
        "X는 샘플 하나(1차원)나 배치(2차원)여야 합니다. 받은 것: {ndim}차원, 모양 {shape}",
    "X is an empty batch (0 samples)": "X가 빈 배치입니다(샘플 0개)",
    "X has {n} features per sample (shape {shape}) but layer 1 expects {n_in} inputs "
    "(weights[0] has shape {w_shape})":
        "X의 샘플마다 특성이 {n}개인데(모양 {shape}) 층 1은 입력 {n_in}개를 받습니다"
        "(weights[0]의 모양은 {w_shape})",
    "T must have shape {want} ({n} samples × {n_out} outputs of the last layer); got {shape}":
        "T의 모양은 {want}(샘플 {n}개 × 마지막 층의 출력 {n_out}개)여야 합니다. "
        "받은 모양: {shape}",
    "weights must be a list of {n} arrays, one per weight layer; got {value}":
        "weights에는 가중치 층마다 하나씩, 배열 {n}개의 리스트를 넘겨야 합니다. 받은 값: {value}",
    "the net has {n} weight layers; got {k} arrays for weights":
        "신경망의 가중치 층은 {n}개인데 weights로 배열 {k}개를 받았습니다",
    "biases must be a list of {n} arrays, one per bias layer; got {value}":
        "biases에는 편향 층마다 하나씩, 배열 {n}개의 리스트를 넘겨야 합니다. 받은 값: {value}",
    "the net has {n} bias layers; got {k} arrays for biases":
        "신경망의 편향 층은 {n}개인데 biases로 배열 {k}개를 받았습니다",
    "weights[{l}] (layer {layer}, {n_in} → {n_out} units) must have shape {want}; got {shape}":
        "weights[{l}](층 {layer}, 뉴런 {n_in}개 → {n_out}개)의 모양은 {want}여야 합니다. "
        "받은 모양: {shape}",
    "bias='none': the net has no biases; got {value}":
        "bias='none'인 신경망에는 편향이 없습니다. 받은 값: {value}",
    "biases[{l}] (layer {layer}, bias='{bias}') must have shape {want}; got {shape}":
        "biases[{l}](층 {layer}, bias='{bias}')의 모양은 {want}여야 합니다. 받은 모양: {shape}",

    # ---- bpkit/mlp.py -----------------------------------------------------------------------
    "the step would make {name} non-finite (loss {loss:g}, lr {lr:g}); nothing was changed. "
    "Lower the learning rate or check the inputs.":
        "이 한 걸음을 가면 {name}에 유한하지 않은 값이 생깁니다(손실 {loss:g}, lr {lr:g}). "
        "아무것도 바꾸지 않았습니다. 학습률을 낮추거나 입력을 확인하세요.",
    "the loss is {loss} (the forward pass overflowed); nothing was changed. Check the scale of "
    "X and of the weights.":
        "손실이 {loss}입니다(순전파에서 오버플로가 났습니다). 아무것도 바꾸지 않았습니다. "
        "X와 가중치의 크기를 확인하세요.",

    # ---- bpkit/train.py ---------------------------------------------------------------------
    "mini-batch training (batch_size {bs} < {n} samples) shuffles the data: "
    "pass rng=np.random.default_rng(SEED)":
        "미니배치 학습(batch_size {bs} < 샘플 {n}개)은 데이터를 섞습니다. "
        "rng=np.random.default_rng(SEED)를 넘기세요",
    "callback must be a function callback(net, epoch); got {callback!r}":
        "callback은 callback(net, epoch) 꼴의 함수여야 합니다. 받은 값: {callback!r}",
    "training": "학습",
    "epoch": "에포크",
    "{error} Training stopped in epoch {epoch}, step {step}; the net keeps its parameters from "
    "before that step, and err.history the losses of the {n} epoch(s) completed.":
        "{error} 학습은 에포크 {epoch}의 {step}번째 걸음에서 멈췄습니다. 신경망은 그 걸음 직전의 "
        "매개변수를 그대로 갖고 있고, err.history에는 끝까지 마친 에포크 {n}개의 손실이 "
        "들어 있습니다.",

    # ---- bpkit/activations.py ---------------------------------------------------------------
    "softmax has no elementwise derivative (each output depends on every input); "
    "use bpkit.activations.backward('softmax', net, out, dout)":
        "softmax에는 원소별 도함수가 없습니다(출력 하나하나가 모든 입력에 의존합니다). "
        "bpkit.activations.backward('softmax', net, out, dout)를 쓰세요",

    # ---- bpkit/losses.py --------------------------------------------------------------------
    "targets T": "목표값 T",
    "{what} must lie in [0, 1] for the 'bce' loss; found {value} at index {index}":
        "'bce' 손실에서는 {what}의 값이 [0, 1] 안에 있어야 합니다. 위치 {index}의 값: {value}",
    "each row of {what} must be a distribution (entries ≥ 0, summing to 1) for the "
    "'softmax_ce' loss; row {r} is {row} (sum {sum:g}); {n_bad} bad row(s) in all. "
    "Use bpkit.one_hot(labels, n) for labels.":
        "'softmax_ce' 손실에서는 {what}의 각 행이 확률분포(원소 ≥ 0, 합 1)여야 합니다. "
        "{r}번 행은 {row}입니다(합 {sum:g}). 잘못된 행은 모두 {n_bad}개입니다. "
        "레이블은 bpkit.one_hot(labels, n)으로 바꿔 쓰세요.",
}
