"""Korean for bpkit.export: what a net, a model file or a drawing that cannot be exported or
read gets (notebook 10)."""
KO = {
    # ---- bpkit/export/checks.py, onnx_model.py ----------------------------------------------
    "can only export a bpkit.MLP; got {type}":
        "bpkit.MLP만 내보낼 수 있습니다. 받은 것: {type}",
    "input_scale must be a finite number > 0; got {value!r}":
        "input_scale 값은 0보다 큰 유한한 수여야 합니다. 받은 값: {value!r}",
    "the net lists {n} activations for {n_layers} layers":
        "신경망의 층은 {n_layers}개인데 활성화 함수는 {n}개입니다",
    "layer {layer} has activation {name!r}, which the exporters cannot express; "
    "they support {supported}":
        "층 {layer}의 활성화 함수 {name!r}: 내보낼 수 없는 활성화 함수입니다. 내보낼 수 있는 것: "
        "{supported}",
    "layer {layer} has softmax, which is only exported as the last layer":
        "층 {layer}에 softmax가 있습니다. softmax는 마지막 층에 있을 때만 내보낼 수 있습니다",
    "{what} (layer {layer}) holds NaN or inf; a model file needs finite numbers":
        "{what}(층 {layer})에 NaN이나 inf가 있습니다. 모델 파일에는 유한한 수만 담을 수 있습니다",
    "{what} (layer {layer}) holds {value:g}, beyond float32's range (±{max:.3g}) that ONNX "
    "models use":
        "{what}(층 {layer})의 값 {value:g}: ONNX 모델이 쓰는 float32의 범위(±{max:.3g})를 "
        "넘습니다",
    # ---- bpkit/export/json_model.py ---------------------------------------------------------
    "model file {path!r} not found": "모델 파일을 찾을 수 없습니다: {path!r}",
    "model file {path!r} is not valid JSON: {error}":
        "모델 파일 {path!r}의 내용이 올바른 JSON이 아닙니다: {error}",
    "model file {path!r}": "모델 파일 {path!r}",
    "{where} is not a {format} model (its 'format' is {found!r})":
        "{where}의 형식이 {format} 모델이 아닙니다(파일의 'format': {found!r})",
    "{where} has version {found!r}; this bpkit reads {version}":
        "{where}의 버전은 {found!r}입니다. 이 bpkit은 버전 {version}만 읽습니다",
    "{where} is missing or mangles a field ({error_type}: {error})":
        "{where}에 빠졌거나 잘못된 항목이 있습니다({error_type}: {error})",
    "{where} has activation {name!r}; supported: {supported}":
        "{where}에 읽을 수 없는 활성화 함수가 있습니다: {name!r}. 쓸 수 있는 것: {supported}",
    "{where} lists sizes {sizes} but {n} layers":
        "{where}의 sizes는 {sizes}인데 층은 {n}개입니다",
    "{where}: {error}": "{where}: {error}",
    "{where} has input_scale {scale}; it must be a finite number > 0":
        "{where}의 input_scale이 {scale}입니다. 0보다 큰 유한한 수여야 합니다",
    # ---- bpkit/export/preprocess.py ---------------------------------------------------------
    "the drawing must be a 2-D array of numbers in [0, 1]":
        "그림은 [0, 1] 범위의 숫자로 된 2차원 배열이어야 합니다",
    "the drawing must be a 2-D array (height, width); got shape {shape}":
        "그림은 (높이, 너비) 모양의 2차원 배열이어야 합니다. 받은 모양: {shape}",
    "the drawing's ink values must be finite numbers in [0, 1]":
        "그림의 잉크 값은 [0, 1] 범위의 유한한 수여야 합니다",
    "nothing is drawn: draw a digit first": "그린 것이 없습니다. 먼저 숫자를 쓰세요",
    "the drawing is too small: it spans {side} pixel(s), a digit needs at least {need} "
    "(draw it larger)":
        "그림이 너무 작습니다. 크기가 {side}픽셀인데 숫자로 읽으려면 적어도 {need}픽셀은 "
        "되어야 합니다(더 크게 쓰세요)",
}
