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
    # exercise 4: a bias in the column model
    "you returned dZ itself, one column per sample: the bias is added to every sample's Z, so its gradient is the sum over the m samples (columns).":
        "dZ를 그대로 반환했습니다(샘플마다 한 열). 편향은 모든 샘플의 Z에 더해지므로, 그 기울기는 m개 샘플(열)에 대한 합입니다.",
    "you returned one number per unit, shape {got}: a shared bias is one number for the layer, so add every entry of dZ: dZ.sum().":
        "뉴런마다 숫자 하나씩, 모양 {got}을 반환했습니다. 공유 편향은 층 전체에 숫자 하나이므로 dZ의 모든 원소를 더하세요: dZ.sum().",
    "you returned one number per sample, shape {got}: the samples are the columns of dZ (deck 004), so sum over axis=1, not axis 0.":
        "샘플마다 숫자 하나씩, 모양 {got}을 반환했습니다. 강의 자료 004에서 샘플은 dZ의 열이므로 axis 0이 아니라 axis=1로 더하세요.",
    "a shared bias, dZ of shape {shape}": "공유 편향, 모양이 {shape}인 dZ",
    "a bias per unit, dZ of shape {shape}": "뉴런마다 있는 편향, 모양이 {shape}인 dZ",
    "you averaged over the samples: the deck's E sums over the batch, so ∂E/∂b sums too (bpkit's mean loss puts the 1/m into δ).":
        "샘플에 대해 평균했습니다. 강의 자료의 E는 배치 전체를 더하므로 ∂E/∂b도 더합니다(bpkit의 평균 손실은 1/m을 δ에 넣습니다).",
    "the sign is flipped: Z = W·A + b, ∂Z/∂b = +1, so ∂E/∂b = +Σ dZ.":
        "부호가 반대입니다: Z = W·A + b에서 ∂Z/∂b = +1이므로 ∂E/∂b = +Σ dZ입니다.",
    "Right: per-unit b gets dZ.sum(axis=1), one sum over the m samples (the columns) per unit; a shared b gets dZ.sum(), every unit of every sample.":
        "정답입니다: 뉴런마다 있는 b의 기울기는 dZ.sum(axis=1)로, 뉴런마다 m개 샘플(열)에 대한 합 하나이고, 공유 b의 기울기는 dZ.sum()으로, 모든 샘플의 모든 뉴런을 더합니다.",
    "you summed over the samples only, one number per unit: that is the per-unit bias. A shared b feeds every unit of every sample, so add every entry of dZ: dZ.sum().":
        "샘플에 대해서만 더해서 뉴런마다 숫자 하나가 나왔습니다. 그것은 뉴런마다 있는 편향의 기울기입니다. 공유 b는 모든 샘플의 모든 뉴런에 들어가므로 dZ의 모든 원소를 더하세요: dZ.sum().",
    "you summed over the units (axis 0), one number per sample, as if samples were rows (bpkit, notebook 05). In deck 004 the samples are the columns: sum over axis=1, one ∂E/∂b_k per unit.":
        "샘플이 행인 것처럼(bpkit, 노트북 05) 뉴런에 대해(axis 0) 더해서 샘플마다 숫자 하나가 나왔습니다. 강의 자료 004에서 샘플은 열입니다. axis=1로 더해서 뉴런마다 ∂E/∂b_k 하나를 얻으세요.",
    "one number for the whole layer: that is a shared bias (deck 002). Here each unit k has its own b_k: add each row of dZ, dZ.sum(axis=1).":
        "층 전체에 숫자 하나입니다. 그것은 공유 편향(강의 자료 002)의 경우입니다. 여기서는 뉴런 k마다 자기 b_k가 있으므로 dZ의 행마다 더하세요: dZ.sum(axis=1).",
    "not ∂E/∂b yet on {label}: b is added to Z of every sample, so ∂E/∂b adds dZ over the samples (and over the units too when b is shared).":
        "{label}에서 아직 ∂E/∂b가 아닙니다. b는 모든 샘플의 Z에 더해지므로 ∂E/∂b는 dZ를 샘플에 대해 더합니다(b를 공유하면 뉴런에 대해서도 더합니다).",
    # predictions
    "ΔW^[2] = dZ^[2]·A^[1]ᵀ is (2, 5)·(5, 4): one entry per weight, the shape of W^[2], with the 5 samples summed away.":
        "ΔW^[2] = dZ^[2]·A^[1]ᵀ는 (2, 5)·(5, 4)입니다. 가중치마다 원소 하나, 곧 W^[2]와 같은 모양이고, 샘플 5개는 더해져 사라집니다.",
    "(4, 2) is bpkit's layout (rows are samples, W is (n_in, n_out)); the deck's ΔW^[2] has the shape of its W^[2], (n_2, n_1) = (2, 4).":
        "(4, 2)는 bpkit의 배열 방식입니다(샘플이 행, W는 (n_in, n_out)). 강의 자료의 ΔW^[2]는 강의 자료의 W^[2]와 같은 모양 (n_2, n_1) = (2, 4)입니다.",
    "(2, 5) is the shape of Z^[2] and dZ^[2], one column per sample; ΔW^[2] needs one number per weight: dZ^[2]·A^[1]ᵀ sums the 5 samples away.":
        "(2, 5)는 샘플마다 한 열인 Z^[2]와 dZ^[2]의 모양입니다. ΔW^[2]는 가중치마다 숫자 하나가 필요하고, dZ^[2]·A^[1]ᵀ가 샘플 5개를 더해 없앱니다.",
    "(5, 4) is A^[1]ᵀ, the last factor; the product dZ^[2]·A^[1]ᵀ is (2, 5)·(5, 4) = (2, 4).":
        "(5, 4)는 마지막 인수 A^[1]ᵀ의 모양입니다. 곱 dZ^[2]·A^[1]ᵀ는 (2, 5)·(5, 4) = (2, 4)입니다.",
    "the deck's E sums over the batch, so there is one gradient for the batch, not one per sample: the product with A^[1]ᵀ adds the 5 samples up, (2, 4).":
        "강의 자료의 E는 배치 전체를 더하므로 기울기는 샘플마다가 아니라 배치 전체에 하나입니다. A^[1]ᵀ와의 곱이 샘플 5개를 더해서 (2, 4)가 됩니다.",
    "ΔW^[2] = dZ^[2]·A^[1]ᵀ uses dZ^[2] = E^[2] ⊙ g'(Z^[2]) and is right, but ΔW^[1] uses E^[1] = W^[2]ᵀE^[2], which lacks g'(Z^[2]), a factor of at most 1/4 that differs from unit to unit and sample to sample.":
        "ΔW^[2] = dZ^[2]·A^[1]ᵀ는 dZ^[2] = E^[2] ⊙ g'(Z^[2])를 쓰므로 맞지만, ΔW^[1]은 E^[1] = W^[2]ᵀE^[2]를 쓰고 여기에는 g'(Z^[2])가 빠져 있습니다. g'(Z^[2])는 최대 1/4이고 뉴런마다, 샘플마다 다른 인수입니다.",
    "the other way round: E^[1] enters only ΔW^[1], and that E^[1] lacks g'(Z^[2]); ΔW^[2] = dZ^[2]·A^[1]ᵀ does not use E^[1] at all.":
        "반대입니다. E^[1]은 ΔW^[1]에만 들어가고, 그 E^[1]에는 g'(Z^[2])가 빠져 있습니다. ΔW^[2] = dZ^[2]·A^[1]ᵀ는 E^[1]을 전혀 쓰지 않습니다.",
    "ΔW^[2] = dZ^[2]·A^[1]ᵀ never uses E^[1]; ΔW^[1] does, and the course's E^[1] lacks g'(Z^[2]), a factor that differs from unit to unit and sample to sample, so ΔW^[1] points elsewhere.":
        "ΔW^[2] = dZ^[2]·A^[1]ᵀ는 E^[1]을 쓰지 않습니다. ΔW^[1]은 E^[1]을 쓰는데, 강좌의 E^[1]에는 뉴런마다, 샘플마다 다른 인수 g'(Z^[2])가 빠져 있으므로 ΔW^[1]은 다른 방향을 가리킵니다.",
    "ΔW^[2] = dZ^[2]·A^[1]ᵀ does not use E^[1] at all, so the course's rule cannot spoil it; only ΔW^[1] is off.":
        "ΔW^[2] = dZ^[2]·A^[1]ᵀ는 E^[1]을 전혀 쓰지 않으므로 강좌의 규칙이 망칠 수 없습니다. 틀리는 것은 ΔW^[1]뿐입니다.",
    "you multiplied E^[2] by g'(Z^[2]) = ŷ(1 − ŷ): that is the chain rule's W^[2]ᵀdZ^[2]. The course's rule sends E^[2] = y − ŷ back as it is.":
        "E^[2]에 g'(Z^[2]) = ŷ(1 − ŷ)를 곱했습니다. 그것은 연쇄법칙의 W^[2]ᵀdZ^[2]입니다. 강좌의 규칙은 E^[2] = y − ŷ를 그대로 되돌려 보냅니다.",
    "the hidden layer has a sigmoid too: A^[1] = σ(W^[1]x), not W^[1]x.":
        "은닉층에도 시그모이드가 있습니다: A^[1]은 W^[1]x가 아니라 σ(W^[1]x)입니다.",
    "the output is ŷ = σ(W^[2]A^[1]); you left out its sigmoid.":
        "출력은 ŷ = σ(W^[2]A^[1])입니다. 출력층의 시그모이드를 빠뜨렸습니다.",
    "that is E^[2]_1, the first output's error; E^[1]_1 = Σ_k W^[2]_k1·E^[2]_k, the first column of W^[2] with E^[2].":
        "그것은 첫 번째 출력의 오차 E^[2]_1입니다. E^[1]_1 = Σ_k W^[2]_k1·E^[2]_k로, W^[2]의 첫 번째 열과 E^[2]를 곱해 더합니다.",
    "you added the output errors without their weights: E^[1]_1 = 0.3·E^[2]_1 + 0.2·E^[2]_2, the first column of W^[2].":
        "출력 오차를 가중치 없이 더했습니다. E^[1]_1 = 0.3·E^[2]_1 + 0.2·E^[2]_2이고, 0.3과 0.2는 W^[2]의 첫 번째 열입니다.",
    "the sign is flipped: the course's E2 = y − ŷ, and here ŷ < y.":
        "부호가 반대입니다. 강좌의 E2는 y − ŷ이고, 여기서는 ŷ < y입니다.",
}
