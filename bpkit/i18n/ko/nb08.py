"""Korean for notebook 08 (the explorer): its exercise feedback (bpkit.exercises.nb08) and the
text its code cells print. The explorer's own words are in ko/lab.py."""
KO: dict = {}

# ---- exercise feedback (bpkit.exercises.nb08) ----------------------------------------------
KO.update({
    # exercise 1: the best raise
    "Not yet: return the parameter's name as text, e.g. \"w'_11\"; got {kind} {result!r}":
        "아직 정답이 아닙니다: 매개변수의 이름을 문자열로 반환하세요. 예: \"w'_11\". 받은 값: {kind} {result!r}",
    "Not yet: {result!r} is not a parameter of deck 002's net; write a name as the explorer's "
    "weight menu shows it, e.g. \"w'_11\", \"w_23\", \"b2\"":
        "아직 정답이 아닙니다: {result!r}: 강의 자료 002 신경망에 이런 매개변수는 없습니다. 탐험기의 "
        "가중치 메뉴에 적힌 대로 이름을 쓰세요. 예: \"w'_11\", \"w_23\", \"b2\"",
    "Right: raising {name} by 1 takes E from {E0:.4f} to {E1:.4f}, the largest drop of all {n} "
    "parameters":
        "정답입니다: {name}을(를) 1 올리면 E가 {E0:.4f}에서 {E1:.4f}로 내려갑니다. 매개변수 {n}개 가운데 가장 많이 내려갑니다",
    "Not yet: raising {name} by 1 makes E larger ({E0:.4f} → {E1:.4f}): its ∂E/∂w = {grad:.4f} is "
    "positive, so E falls when it goes DOWN. Look for the most negative ∂E/∂w":
        "아직 정답이 아닙니다: {name}을(를) 1 올리면 E가 오히려 커집니다 ({E0:.4f} → {E1:.4f}). "
        "∂E/∂w = {grad:.4f} > 0이므로, 이 매개변수는 '내려야' E가 줄어듭니다. ∂E/∂w가 음수이면서 절댓값이 가장 큰 것을 찾아보세요",
    "Not yet: raising {name} lowers E ({E0:.4f} → {E1:.4f}), but another parameter lowers it "
    "more: compare the real change of each candidate with the explorer's slider":
        "아직 정답이 아닙니다: {name}을(를) 올리면 E가 줄어들지만 ({E0:.4f} → {E1:.4f}), 더 많이 "
        "줄이는 매개변수가 있습니다. 탐험기의 슬라이더로 후보마다 실제 변화를 비교해 보세요",
    # exercise 2: the sign of ∂E/∂w'_jk
    "{why}: return +1 or −1": "{why}: +1 또는 −1을 반환하세요",
    "Not yet: `predicted_sign` should return +1 or −1 (only the sign); got {a:.4g} for out = "
    "{out:.4f}, target = {t:.2f}":
        "아직 정답이 아닙니다: `predicted_sign`은 +1 또는 −1(부호만)을 반환해야 합니다. "
        "out = {out:.4f}, target = {t:.2f}에서 받은 값: {a:.4g}",
    "Right: all {n} signs right (MSE and cross-entropy): ∂E/∂w'_jk = δ_k · out_Hj with out_Hj > 0, "
    "and δ_k has the sign of out_k − target_k":
        "정답입니다: {n}개 경우 모두 맞았습니다 (오차제곱합과 교차 엔트로피). "
        "∂E/∂w'_jk = δ_k · out_Hj이고 out_Hj > 0이며, δ_k의 부호는 out_k − target_k의 부호와 같습니다",
    "Not yet: every sign is reversed: ∂E/∂out = out − target (not target − out), so an output "
    "above its target gives a POSITIVE gradient":
        "아직 정답이 아닙니다: 부호가 모두 반대입니다. ∂E/∂out = out − target(target − out이 "
        "아님)이므로, 출력이 목표값보다 크면 기울기는 '양수'입니다",
    "Not yet: you always answer {a:+d}; the sign depends on whether out_k is above or below "
    "target_k":
        "아직 정답이 아닙니다: 늘 {a:+d}로 답하고 있습니다. 부호는 out_k가 target_k보다 큰지 작은지에 따라 달라집니다",
    "Not yet: {bad} of {n} signs are wrong, e.g. out = {o:.4f}, target = {t:.2f}: bpkit's ∂E/∂w' "
    "has sign {s:+d}":
        "아직 정답이 아닙니다: {n}개 가운데 {bad}개의 부호가 틀렸습니다. 예: out = {o:.4f}, "
        "target = {t:.2f}에서 bpkit이 계산한 ∂E/∂w'의 부호는 {s:+d}입니다",
    # exercise 3: the nudge test
    "deck 002's net": "강의 자료 002의 신경망",
    "a second net (3-4-2)": "두 번째 신경망(3-4-2)",
    "Not yet: your prediction is ∂E/∂w itself: multiply it by ε":
        "아직 정답이 아닙니다: 예측값이 ∂E/∂w 그 자체입니다. ε을 곱하세요",
    "Not yet: your prediction has the wrong sign: E changes by +∂E/∂w·ε when w grows by ε":
        "아직 정답이 아닙니다: 예측값의 부호가 반대입니다. w가 ε만큼 커지면 E는 +∂E/∂w·ε만큼 변합니다",
    "Not yet: your real change is E(w) − E(w + ε): subtract the old loss from the new one":
        "아직 정답이 아닙니다: 실제 변화를 E(w) − E(w + ε)로 계산했습니다. 새 손실에서 원래 손실을 빼세요",
    "Not yet: your function changed the net it was given: nudge a copy (net.copy()) so the "
    "learner's net stays as it was":
        "아직 정답이 아닙니다: 함수가 받은 신경망을 바꿨습니다. 복사본(net.copy())을 살짝 바꿔서 원래 신경망은 그대로 두세요",
    "Not yet: `my_nudge` should return two numbers (predicted, actual); got {result!r}":
        "아직 정답이 아닙니다: `my_nudge`는 숫자 두 개 `(predicted, actual)`을 반환해야 합니다. 받은 값: {result!r}",
    "your prediction": "예측값",
    "your real change": "실제 변화",
    "right on deck 002's net, but not on {label} (layer {layer}, i = {i}, j = {j}, ε = {eps:g}): ":
        "강의 자료 002의 신경망에서는 맞지만 {label}에서는 틀립니다 (layer {layer}, i = {i}, j = {j}, ε = {eps:g}): ",
    "Right: ∂E/∂w·ε = {p:.6e} and the real change {a:.6e} agree to a relative error of {rel:.1e}":
        "정답입니다: 예측값(∂E/∂w·ε = {p:.6e})과 실제 변화({a:.6e})가 상대 오차 {rel:.1e} 이내로 일치합니다",
    "your prediction {a:.6e} is not ∂E/∂w·ε = {want:.6e}: take ∂E/∂w from "
    "net.gradients(x, target)[0][layer][i, j]":
        "예측값은 {a:.6e}이지만 ∂E/∂w·ε = {want:.6e}입니다. ∂E/∂w는 "
        "net.gradients(x, target)[0][layer][i, j]에서 가져오세요",
    "your real change {a:.6e} is not E(w + ε) − E(w) = {want:.6e}":
        "실제 변화는 {a:.6e}이지만 E(w + ε) − E(w) = {want:.6e}입니다",
})

# ---- exercise 4 and the predictions (bpkit.exercises.nb08) ---------------------------------
KO.update({
    # exercise 4: the signs of the hidden δ
    "deck 002's net after w'₁₁ = {value:g}": "w'₁₁ = {value:g}인 강의 자료 002의 신경망",
    "a {sizes} net": "{sizes} 신경망",
    "you counted only the first output, δ_O1·w'_j1: δ_Hj collects Σ_k δ_Ok·w'_jk over EVERY "
    "output unit. After w'₁₁ = 10, δ_O1 is so small that δ_O2·w'_j2 wins":
        "첫 번째 출력의 δ_O1·w'_j1만 셌습니다. δ_Hj는 '모든' 출력 뉴런에 대해 Σ_k δ_Ok·w'_jk를 "
        "모읍니다. w'₁₁ = 10이면 δ_O1이 아주 작아져서 δ_O2·w'_j2 쪽이 이깁니다",
    "every sign is reversed: δ_Hj = (Σ_k δ_Ok·w'_jk)·out_Hj(1 − out_Hj) has no minus; δ_O "
    "already carries the sign of out − target":
        "부호가 모두 반대입니다. δ_Hj = (Σ_k δ_Ok·w'_jk)·out_Hj(1 − out_Hj)에는 마이너스가 없습니다. "
        "δ_O가 이미 out − target의 부호를 담고 있습니다",
    "σ'(net_Hj) = out_Hj(1 − out_Hj) is positive for every sigmoid unit (0 < out < 1): it scales "
    "δ_Hj but never flips its sign, so out_H does not decide any sign":
        "σ'(net_Hj) = out_Hj(1 − out_Hj)는 모든 시그모이드 뉴런에서 양수입니다 (0 < out < 1). "
        "δ_Hj의 크기만 바꿀 뿐 부호는 바꾸지 않으므로, out_H는 어떤 부호도 정하지 않습니다",
    "you counted signs only: the SIZES decide. Compare |δ_O1·w'_j1| with |δ_O2·w'_j2| — after "
    "w'₁₁ = 10, even 10·δ_O1 is smaller than w'_12·|δ_O2|":
        "부호만 셌습니다. 부호를 정하는 것은 '크기'입니다. |δ_O1·w'_j1|과 |δ_O2·w'_j2|를 비교하세요. "
        "w'₁₁ = 10이어도 10·δ_O1은 w'_12·|δ_O2|보다 작습니다",
    "your signs": "부호",
    "Not yet: {why} on {label}: return one sign, +1 or −1, per hidden unit":
        "아직 정답이 아닙니다: {label}에서 {why}. 은닉 뉴런마다 부호 하나(+1 또는 −1)를 반환하세요",
    "Not yet: return only the signs, +1 or −1 per hidden unit (np.sign of what decides them); "
    "on {label} you return {got}":
        "아직 정답이 아닙니다: 은닉 뉴런마다 부호(+1 또는 −1)만 반환하세요 (부호를 정하는 값에 "
        "np.sign을 씌우면 됩니다). {label}에서 반환한 값: {got}",
    "Right: all {n} cases. σ'(net_H) > 0 never flips a sign, so δ_Hj has the sign of "
    "Σ_k δ_Ok·w'_jk: weigh each output's δ by its w', sizes included":
        "정답입니다: {n}개 경우 모두 맞았습니다. σ'(net_H) > 0은 부호를 바꾸지 않으므로 δ_Hj의 "
        "부호는 Σ_k δ_Ok·w'_jk의 부호입니다. 출력마다 δ에 w'을 곱해, 크기까지 함께 따져야 합니다",
    "on {label} you return {got}; bpkit's δ_H has the signs {right}. For each hidden unit j, "
    "weigh δ_O1·w'_j1 against δ_O2·w'_j2 (and any further outputs)":
        "{label}에서 {got}을(를) 반환했지만, bpkit이 계산한 δ_H의 부호는 {right}입니다. 은닉 "
        "뉴런 j마다 δ_O1·w'_j1과 δ_O2·w'_j2(출력이 더 있으면 그것까지)를 비교하세요",
    "right on {first}, but {message}. Does your function use every argument, with no signs "
    "typed in?":
        "{first}에서는 맞지만, {message}. 함수가 모든 인수를 쓰고, 부호를 직접 적어 넣지 않았나요?",
    "Not yet: {message}": "아직 정답이 아닙니다: {message}",
    # predictions
    "out_O1 moves further from its target, but δ_O1 = (out − t)·out(1 − out), and out(1 − out) "
    "collapses from {s0:.3f} to {s1:.5f} as out_O1 → 1":
        "out_O1은 목표값에서 더 멀어지지만, δ_O1 = (out − t)·out(1 − out)이고 out_O1 → 1이면 "
        "out(1 − out)이 {s0:.3f}에서 {s1:.5f}로 무너집니다",
    "out(1 − out) collapses from {s0:.3f} to {s1:.5f} as out_O1 → 1 (saturation), so δ_O1 "
    "shrinks {ratio:.0f}×, from {d0:.4f} to {d1:.2e}":
        "out_O1 → 1이면 out(1 − out)이 {s0:.3f}에서 {s1:.5f}로 무너집니다(포화). 그래서 δ_O1은 "
        "{d0:.4f}에서 {d1:.2e}로 {ratio:.0f}배 작아집니다",
    "δ_O1 has the sign of out_O1 − target₁, and out_O1 stays above its target: δ_O1 stays "
    "positive, but out(1 − out) collapses from {s0:.3f} to {s1:.5f}":
        "δ_O1의 부호는 out_O1 − target₁의 부호이고, out_O1은 계속 목표값보다 큽니다. δ_O1은 "
        "양수로 남지만, out(1 − out)이 {s0:.3f}에서 {s1:.5f}로 무너집니다",
    "count unit by unit: δ_Hj has the sign of δ_O1·w'_j1 + δ_O2·w'_j2 (σ' > 0), with δ_O1 = "
    "{d1:.2e} and δ_O2 = {d2:.2e}":
        "뉴런 하나씩 세어 보세요. δ_Hj의 부호는 δ_O1·w'_j1 + δ_O2·w'_j2의 부호이고 (σ' > 0), "
        "δ_O1 = {d1:.2e}, δ_O2 = {d2:.2e}입니다",
    "that is what δ_O1·w'_j1 alone gives, or δ_O1 at its old size: δ_Hj has the sign of "
    "δ_O1·w'_j1 + δ_O2·w'_j2, and δ_O1 = {d1:.2e} is now far smaller than |δ_O2| = {d2:.2e}":
        "δ_O1·w'_j1만 보았거나 δ_O1을 예전 크기로 보았을 때의 답입니다. δ_Hj의 부호는 "
        "δ_O1·w'_j1 + δ_O2·w'_j2의 부호이고, 이제 δ_O1 = {d1:.2e}은 |δ_O2| = {d2:.2e}보다 훨씬 작습니다",
    "units 2–4 turn negative, and unit 1 too: 10·δ_O1 = {a:.2e} is smaller than w'_12·|δ_O2| = "
    "{b:.2e}":
        "뉴런 2–4는 음수가 되고, 뉴런 1도 그렇습니다. 10·δ_O1 = {a:.2e}이 w'_12·|δ_O2| = {b:.2e}보다 작습니다",
    "in every unit δ_O2·w'_j2 < 0 outweighs δ_O1·w'_j1, even in unit 1: 10·δ_O1 = {a:.2e} < "
    "w'_12·|δ_O2| = {b:.2e}; σ' > 0 never changes a sign":
        "모든 뉴런에서 δ_O2·w'_j2 < 0이 δ_O1·w'_j1보다 큽니다. 뉴런 1에서도 10·δ_O1 = {a:.2e} < "
        "w'_12·|δ_O2| = {b:.2e}입니다. σ' > 0은 부호를 바꾸지 않습니다",
    "you kept the factor out(1 − out): with cross-entropy it cancels, δ_O1 = out_O1 − target₁":
        "인수 out(1 − out)을 남겨 두었습니다. 교차 엔트로피에서는 이 인수가 약분되어 δ_O1 = out_O1 − target₁입니다",
    "the sign is flipped: δ_O1 = out_O1 − target₁, not target₁ − out_O1":
        "부호가 반대입니다. δ_O1 = out_O1 − target₁이며, target₁ − out_O1이 아닙니다",
    "∂E/∂w'₁₁ = δ_O1·out_H1 = {g:.4f} > 0: δ_O1 > 0 (out_O1 is above its target) and out_H1 > 0, "
    "so E grows with w'₁₁":
        "∂E/∂w'₁₁ = δ_O1·out_H1 = {g:.4f} > 0입니다. δ_O1 > 0(out_O1이 목표값보다 큼)이고 "
        "out_H1 > 0이므로, w'₁₁이 커지면 E도 커집니다",
    "E falls when w'₁₁ is raised only if ∂E/∂w'₁₁ < 0; here ∂E/∂w'₁₁ = δ_O1·out_H1 with δ_O1 > 0 "
    "(out_O1 is above its target) and out_H1 > 0":
        "w'₁₁을 올려서 E가 내려가려면 ∂E/∂w'₁₁ < 0이어야 합니다. 여기서는 ∂E/∂w'₁₁ = δ_O1·out_H1이고 "
        "δ_O1 > 0(out_O1이 목표값보다 큼), out_H1 > 0입니다",
    "E stays put only where ∂E/∂w'₁₁ = 0; here ∂E/∂w'₁₁ = δ_O1·out_H1 with δ_O1 > 0 and out_H1 > 0":
        "E가 그대로인 것은 ∂E/∂w'₁₁ = 0일 때뿐입니다. 여기서는 ∂E/∂w'₁₁ = δ_O1·out_H1이고 δ_O1 > 0, out_H1 > 0입니다",
})

# ---- what the notebook's code cells print ----------------------------------------------------
KO.update({
    "deck 002's δ_O, δ_H and both gradient matrices equal bpkit's backward pass":
        "강의 자료 002의 δ_O, δ_H와 두 기울기 행렬이 bpkit의 역전파 결과와 같습니다",
    "deck 002's net: E = {E:.6f}": "강의 자료 002의 신경망: E = {E:.6f}",
    "out_O1 = {out:.6f}; δ equal to a fresh bp.MLP's":
        "out_O1 = {out:.6f}; δ는 새로 만든 bp.MLP의 δ와 같습니다",
    "MSE:           δ_O1 = {d:.4e}": "오차제곱합:    δ_O1 = {d:.4e}",
    "cross-entropy: δ_O1 = {d:.4e} = out_O1 − target₁ = {diff:.4e}":
        "교차 엔트로피: δ_O1 = {d:.4e} = out_O1 − target₁ = {diff:.4e}",
    "ratio: {r:.0f}×": "두 δ의 비: {r:.0f}×",
    "after the update phase: E {E0:.6f} → {E1:.6f}, the weights of one sgd_step":
        "업데이트 단계를 마친 뒤: E {E0:.6f} → {E1:.6f}, 가중치는 sgd_step 한 번의 결과와 같습니다",
    "smallest relative error at ε = {eps:.0e}; below it rounding makes it grow":
        "상대 오차는 ε = {eps:.0e}에서 가장 작고, 그보다 작은 ε에서는 반올림 오차 때문에 다시 커집니다",
    "the nudge test on deck 002's net": "강의 자료 002 신경망의 미세 변화 테스트",
    "E: {first:.6f} → {last:.6f} after {n} steps (lr = {lr})":
        "E: {first:.6f} → {last:.6f} ({n}단계 학습 뒤, lr = {lr})",
    "after {n} steps": "{n}단계 뒤",
})
