"""Korean of notebook 06's exercise checks (bpkit.exercises.nb06)."""
KO = {
    "your dZ^[2] is missing g'(Z^[2]): multiply E^[2] elementwise by A^[2](1 − A^[2]).":
        "dZ^[2]에 g'(Z^[2])가 빠졌습니다. E^[2]에 A^[2](1 − A^[2])를 원소별로 곱하세요.",
    "your dZ^[2] has the wrong sign: with E^[2] = A^[2] − Y (this notebook's definition) dZ^[2] = E^[2] ⊙ g'(Z^[2]); (Y − A^[2]) is the review slide's error, the negative.":
        "dZ^[2]의 부호가 틀렸습니다. 이 노트북의 정의 E^[2] = A^[2] − Y로는 dZ^[2] = E^[2] ⊙ g'(Z^[2])입니다. (Y − A^[2])는 복습 슬라이드의 오차로, 부호가 반대입니다.",
    "you used Z(1 − Z): the sigmoid's derivative is g'(Z) = σ(Z)(1 − σ(Z)) = A(1 − A), in terms of A, not Z.":
        "Z(1 − Z)를 썼습니다. 시그모이드의 도함수는 g'(Z) = σ(Z)(1 − σ(Z)) = A(1 − A)로, Z가 아니라 A로 씁니다.",
    "you multiplied by g(Z^[2]) = A^[2] instead of g'(Z^[2]) = A^[2](1 − A^[2]).":
        "g'(Z^[2]) = A^[2](1 − A^[2]) 대신 g(Z^[2]) = A^[2]를 곱했습니다.",
    "you divided by m: the deck's E sums over the batch, so dZ^[2] has no 1/m (bpkit's mean loss puts it in; here follow the deck).":
        "m으로 나눴습니다. 강의 자료의 E는 배치 전체를 더하므로 dZ^[2]에는 1/m이 없습니다(bpkit의 평균 손실에는 들어가지만, 여기서는 강의 자료를 따릅니다).",
    "you multiplied by g'(Z^[2]) twice.": "g'(Z^[2])를 두 번 곱했습니다.",
    "your dZ^[2] has shape {got}; it must have the shape of Z^[2], (n_2, m) = {shape}. The product with g'(Z^[2]) is elementwise (⊙, `*` in numpy), not a matrix product (`@`).":
        "dZ^[2]의 모양이 {got}입니다. Z^[2]와 같은 모양 (n_2, m) = {shape}이어야 합니다. g'(Z^[2])와의 곱은 행렬 곱(`@`)이 아니라 원소별 곱(⊙, numpy에서는 `*`)입니다.",
    "not dZ^[2] yet: compute E^[2] = A^[2] − Y, then multiply it elementwise by g'(Z^[2]) = A^[2](1 − A^[2]).":
        "아직 dZ^[2]가 아닙니다. E^[2] = A^[2] − Y를 구한 다음 g'(Z^[2]) = A^[2](1 − A^[2])를 원소별로 곱하세요.",
    "Right: dZ^[2] = (A^[2] − Y) ⊙ A^[2](1 − A^[2]), one column per sample.":
        "정답입니다: dZ^[2] = (A^[2] − Y) ⊙ A^[2](1 − A^[2]), 샘플마다 한 열입니다.",
    "you returned ΔWᵀ = A·dZᵀ, shape {shape} (n_in, n_out), bpkit's row convention; the deck's ΔW has the shape of its W, (n_out, n_in): dZ·Aᵀ.":
        "ΔWᵀ = A·dZᵀ를 반환했습니다. 모양 {shape} (n_in, n_out)는 bpkit의 행 관례입니다. 강의 자료의 ΔW는 그 W와 같은 모양 (n_out, n_in)입니다: dZ·Aᵀ.",
    "you multiplied by A, not Aᵀ: ΔW = dZ·Aᵀ pairs each sample's dZ column with the same sample's A column.":
        "Aᵀ가 아니라 A를 곱했습니다. ΔW = dZ·Aᵀ는 각 샘플의 dZ 열을 같은 샘플의 A 열과 짝짓습니다.",
    "you divided by m: the deck's E sums over the batch, so ΔW = dZ·Aᵀ without 1/m.":
        "m으로 나눴습니다. 강의 자료의 E는 배치 전체를 더하므로 ΔW = dZ·Aᵀ에는 1/m이 없습니다.",
    "your ΔW has the wrong sign: ΔW = +dZ·Aᵀ; the minus belongs in the update W − αΔW.":
        "ΔW의 부호가 틀렸습니다: ΔW = +dZ·Aᵀ입니다. 빼기는 가중치 조정 W − αΔW에 들어갑니다.",
    "your ΔW has shape (m, …) = {got}, with the batch size m = {m} first: multiply by Aᵀ, not A, so that the m samples are summed away; ΔW is (n_out, n_in) = {shape}.":
        "ΔW의 모양이 (m, …) = {got}로, 배치 크기 m = {m}이 앞에 있습니다. A가 아니라 Aᵀ를 곱해야 m개의 샘플이 더해져 사라집니다. ΔW는 (n_out, n_in) = {shape}입니다.",
    "your ΔW has shape {got}; it must be (n_out, n_in) = {shape}, which dZ·Aᵀ gives: (n_out, m)·(m, n_in).":
        "ΔW의 모양이 {got}입니다. (n_out, n_in) = {shape}이어야 하고, dZ·Aᵀ가 그 모양을 줍니다: (n_out, m)·(m, n_in).",
    "not ΔW yet: ΔW = dZ·Aᵀ, a matrix product (`@`) with the transpose of the layer's input.":
        "아직 ΔW가 아닙니다. ΔW = dZ·Aᵀ는 그 층의 입력을 전치한 행렬과의 행렬 곱(`@`)입니다.",
    "Right: ΔW = dZ·Aᵀ, shape (n_out, n_in), summed over the m samples.":
        "정답입니다: ΔW = dZ·Aᵀ, 모양은 (n_out, n_in)이고 m개의 샘플에 대해 더한 값입니다.",
    " (E went from {before:.4f} to {after:.4f})": " (E: {before:.4f} → {after:.4f})",
    "you used + for the update with E = A − Y, and no α (the slide's W + E·g'(Z)·Aᵀ): that climbs the loss{change}. Use W − α·ΔW.":
        "E = A − Y인데 가중치 조정에 +를 쓰고 α도 빠뜨렸습니다(슬라이드의 W + E·g'(Z)·Aᵀ). 그러면 손실이 올라갑니다{change}. W − α·ΔW를 쓰세요.",
    "you used + for the update with E = A − Y: that climbs the loss{change}. With E^[2] = A^[2] − Y the step is W − α·ΔW.":
        "E = A − Y인데 가중치 조정에 +를 썼습니다. 그러면 손실이 올라갑니다{change}. E^[2] = A^[2] − Y이면 한 걸음은 W − α·ΔW입니다.",
    "α is missing: W − α·ΔW, with the learning rate lr you were given{change}.":
        "α가 빠졌습니다. 주어진 학습률 lr로 W − α·ΔW를 계산하세요{change}.",
    "you returned the step −α·ΔW; return the updated weights W + (−α·ΔW).":
        "한 걸음 −α·ΔW만 반환했습니다. 조정된 가중치 W + (−α·ΔW)를 반환하세요.",
    "your ΔW^[2] is missing g'(Z^[2]) = A^[2](1 − A^[2]){change}.":
        "ΔW^[2]에 g'(Z^[2]) = A^[2](1 − A^[2])가 빠졌습니다{change}.",
    "you divided by m: the deck's E sums over the batch.":
        "m으로 나눴습니다. 강의 자료의 E는 배치 전체를 더합니다.",
    "not W^[2] − α·ΔW^[2] yet (E went from {before:.4f} to {after:.4f}): dZ^[2] = (A^[2] − Y) ⊙ A^[2](1 − A^[2]), ΔW^[2] = dZ^[2]·A^[1]ᵀ.":
        "아직 W^[2] − α·ΔW^[2]가 아닙니다(E: {before:.4f} → {after:.4f}): dZ^[2] = (A^[2] − Y) ⊙ A^[2](1 − A^[2]), ΔW^[2] = dZ^[2]·A^[1]ᵀ.",
    "the new W^[2] must have the shape of W^[2], {shape}; got {got}.":
        "새 W^[2]는 W^[2]와 같은 모양 {shape}이어야 하는데 {got}입니다.",
    "Right: W^[2] − α·ΔW^[2]; E went down from {before:.4f} to {after:.4f}.":
        "정답입니다: W^[2] − α·ΔW^[2]. E가 내려갔습니다: {before:.4f} → {after:.4f}.",
}
