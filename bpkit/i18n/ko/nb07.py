"""Korean for notebook 07 (the digits lab): its printed lines and tables, its predictions and
the check of its exercise (bpkit/exercises/nb07.py)."""
KO = {
    "train: {n_train} images, test: {n_test} images":
        "학습 이미지 {n_train}개, 테스트 이미지 {n_test}개",
    "test accuracy after {n} epochs: {acc:.2%} ({right} of {total} right)":
        "{n} 에포크 학습 뒤 테스트 정확도: {acc:.2%} ({total}개 중 {right}개 정답)",
    "exact gradient": "정확한 기울기",
    "lecture's rule": "강의의 규칙",
    "rule": "규칙",
    "final loss E": "최종 손실 E",
    "steps where E rose": "E가 오른 단계 수",
    "200 full-batch steps, 200 images, sigmoid + MSE, 64-16-10, same initial weights":
        "전체 배치 200단계, 이미지 200개, 시그모이드 + MSE, 64-16-10, 같은 초기 가중치",
    "lr = 2: lecture {lecture2:.4f} < exact {exact2:.4f};  lr = 10: lecture {lecture10:.4f} > "
    "exact {exact10:.4f}, E rose in {up_lecture} lecture steps and {up_exact} exact steps":
        "lr = 2: 강의의 규칙 {lecture2:.4f} < 정확한 기울기 {exact2:.4f};  lr = 10: 강의의 규칙 "
        "{lecture10:.4f} > 정확한 기울기 {exact10:.4f}, E가 오른 단계는 강의의 규칙 {up_lecture}번, "
        "정확한 기울기 {up_exact}번",
    "weights {shapes}, biases {bias_shapes}: {n} numbers in all":
        "가중치 {shapes}, 편향 {bias_shapes}: 모두 {n}개의 수",
    "before training: test accuracy {acc:.1%}; the net answers {digit} for {k} of {n} images":
        "학습 전 테스트 정확도 {acc:.1%}. 신경망의 답이 {digit}인 이미지: {n}개 중 {k}개",
    # predictions
    "You counted the weights only: every hidden and output unit also has its own bias "
    "(64 + 10 more numbers).":
        "가중치만 세었습니다. 은닉층과 출력층의 뉴런마다 편향도 하나씩 있습니다(64 + 10개가 더 "
        "있습니다).",
    "That is the number of units (64 + 64 + 10): training adjusts the weights between them, "
    "one per connection, plus a bias per unit.":
        "그것은 뉴런의 개수(64 + 64 + 10)입니다. 학습이 조정하는 것은 뉴런 사이의 가중치(연결마다 "
        "하나)와 뉴런마다 하나씩 있는 편향입니다.",
    "You multiplied all three sizes: the layers are connected one after the other, 64×64 "
    "weights into the hidden layer, then 64×10 into the output layer.":
        "세 크기를 모두 곱했습니다. 층은 차례로 이어져 있습니다. 은닉층으로 들어가는 가중치가 "
        "64×64개, 그다음 출력층으로 들어가는 가중치가 64×10개입니다.",
    "That is the first layer alone (64×64 weights and 64 biases): add the output layer's "
    "64×10 weights and 10 biases.":
        "그것은 첫 번째 층(가중치 64×64개와 편향 64개)뿐입니다. 출력층의 가중치 64×10개와 편향 "
        "10개를 더하세요.",
    "about 0 % would mean the random net avoids the right digit on purpose; knowing nothing, "
    "it is right about as often as a guess, 1 time in 10.":
        "0 % 근처라면 무작위 신경망이 일부러 정답을 피한다는 뜻입니다. 아무것도 모르는 신경망은 "
        "찍는 것만큼, 즉 10번에 1번꼴로 맞힙니다.",
    "knowing nothing, the net is right about as often as a guess among ten digits. This one "
    "answers nearly every image with the same digit, so it is right on that digit's share of "
    "the test set, about a tenth.":
        "아무것도 모르는 신경망은 숫자 열 개 가운데 하나를 찍는 것만큼 맞힙니다. 이 신경망은 거의 "
        "모든 이미지에 같은 숫자로 답하므로, 테스트 데이터에서 그 숫자가 차지하는 비율, 즉 약 10분의 "
        "1만큼 맞힙니다.",
    "50 % would be a guess between two options; here there are ten digits, and the random net "
    "knows nothing about any of them.":
        "50 %는 둘 중 하나를 찍을 때의 정확도입니다. 여기서는 숫자가 열 개이고, 무작위 신경망은 그 "
        "어느 것에 대해서도 아는 것이 없습니다.",
    "the weights are random numbers: before training the net knows nothing about digits, so it "
    "cannot be right on most images.":
        "가중치는 무작위 수입니다. 학습하기 전의 신경망은 숫자에 대해 아무것도 모르므로, 대부분의 "
        "이미지를 맞힐 수는 없습니다.",
    "at lr = 2 the rule's larger hidden-layer step helps, but at lr = 10 the same gain makes the "
    "steps too large: E rises again and again and ends higher.":
        "lr = 2에서는 강의의 규칙이 은닉층에서 더 크게 움직이는 것이 도움이 되지만, lr = 10에서는 "
        "같은 배율 때문에 한 단계가 너무 커집니다. E가 거듭 올라가고 더 높은 값으로 끝납니다.",
    "at lr = 2 the step the gradient takes is on the small side, and the rule's larger "
    "hidden-layer step gets further in the same 200 steps.":
        "lr = 2에서는 기울기를 따르는 한 단계가 작은 편이라, 은닉층에서 더 크게 움직이는 강의의 "
        "규칙이 같은 200단계 동안 더 멀리 갑니다.",
    "the rule's hidden-layer step is several times the gradient's: at lr = 2 that acts like a "
    "larger, better learning rate; at lr = 10 it overshoots, E rises again and again and ends "
    "higher.":
        "강의의 규칙은 은닉층에서 기울기보다 몇 배 크게 움직입니다. lr = 2에서는 이것이 더 크고 "
        "더 나은 학습률처럼 작용하고, lr = 10에서는 지나쳐 버려서 E가 거듭 올라가고 더 높은 값으로 "
        "끝납니다.",
    "it is the other way round: a larger step helps where the learning rate is small (lr = 2) "
    "and hurts where it is already large (lr = 10).":
        "반대입니다. 더 큰 걸음은 학습률이 작을 때(lr = 2) 도움이 되고, 이미 클 때(lr = 10) 해가 "
        "됩니다.",
    # the exercise
    "Not yet: `rule_is_gradient` should return True or False; got {kind} {result!r} for "
    "({h!r}, {o!r}, {loss!r}).":
        "아직 정답이 아닙니다: `rule_is_gradient`는 True나 False를 반환해야 합니다. "
        "({h!r}, {o!r}, {loss!r})에서 {kind} {result!r}을(를) 반환했습니다.",
    "Right: the rule drops only g'(Z2), so it is the gradient exactly where dZ2 = A2 − Y: "
    "{pairs}, whatever the hidden layer's activation. In the other {n} combinations it is not.":
        "정답입니다: 강의의 규칙은 g'(Z2)만 빼먹으므로, dZ2 = A2 − Y인 곳, 즉 {pairs}에서 "
        "은닉층의 활성화 함수와 상관없이 정확히 기울기와 같습니다. 나머지 {n}개의 조합에서는 "
        "그렇지 않습니다.",
    "you answer {a} for every combination; the rule drops g'(Z2), and whether that changes "
    "anything depends on the output layer and the loss.":
        "모든 조합에 {a}라고 답했습니다. 강의의 규칙은 g'(Z2)를 빼먹는데, 그것이 무엇을 바꾸는지는 "
        "출력층과 손실에 달려 있습니다.",
    "every answer is reversed: the rule is the gradient where dZ2 = A2 − Y, i.e. where g'(Z2) "
    "cancels against the loss's derivative or is 1.":
        "답이 모두 반대입니다. 강의의 규칙은 dZ2 = A2 − Y인 곳, 즉 g'(Z2)가 손실의 도함수와 "
        "약분되거나 1인 곳에서 기울기와 같습니다.",
    "your answer for {o} + {loss} changes with the hidden activation. The rule drops g'(Z2), the "
    "OUTPUT layer's derivative; the hidden layer's g'(Z1) is applied by both, so only the output "
    "activation and the loss matter.":
        "{o} + {loss}에 대한 답이 은닉층의 활성화 함수에 따라 달라집니다. 강의의 규칙이 빼먹는 "
        "g'(Z2)는 출력층의 도함수입니다. 은닉층의 g'(Z1)은 두 쪽 모두 곱하므로, 중요한 것은 "
        "출력층의 활성화 함수와 손실뿐입니다.",
    "softmax + cross-entropy is right, but it is not the only pair: for sigmoid + bce, "
    "dZ2 = A2 − Y too (σ' cancels against the log), and for identity + mse g' = 1, so there is "
    "nothing to drop.":
        "소프트맥스 + 교차 엔트로피는 맞지만, 그런 조합이 그것 하나만은 아닙니다. sigmoid + bce에서도 "
        "dZ2 = A2 − Y이고(σ'가 로그의 도함수와 약분됩니다), identity + mse에서는 g' = 1이라 빼먹을 "
        "것이 없습니다.",
    "softmax + bce is not such a pair: bce treats each output as its own yes/no, while each "
    "softmax output depends on every Z2, so g'(Z2) does not cancel.":
        "softmax + bce는 그런 조합이 아닙니다. bce는 출력 하나하나를 따로따로 예/아니요로 보지만, "
        "소프트맥스의 출력은 하나하나가 모든 Z2에 달려 있어서 g'(Z2)가 약분되지 않습니다.",
    "identity + mse: g'(Z2) = 1, so dZ2 = E2 and dropping g'(Z2) changes nothing; the rule is "
    "the gradient there too.":
        "identity + mse를 보세요. g'(Z2) = 1이므로 dZ2 = E2이고, g'(Z2)를 빼먹어도 아무것도 "
        "바뀌지 않습니다. 여기서도 강의의 규칙은 기울기와 같습니다.",
    "{bad} of {n} answers are wrong, e.g. ({h!r}, {o!r}, {loss!r}): there the rule IS the "
    "gradient. Ask whether dZ2 = (A2 − Y)·g'(Z2) collapses to A2 − Y.":
        "답 {n}개 중 {bad}개가 틀렸습니다. 예를 들어 ({h!r}, {o!r}, {loss!r})에서는 강의의 "
        "규칙이 기울기와 같습니다. dZ2 = (A2 − Y)·g'(Z2)가 A2 − Y로 줄어드는지 따져 보세요.",
    "{bad} of {n} answers are wrong, e.g. ({h!r}, {o!r}, {loss!r}): there the rule is NOT the "
    "gradient. Ask whether dZ2 = (A2 − Y)·g'(Z2) collapses to A2 − Y.":
        "답 {n}개 중 {bad}개가 틀렸습니다. 예를 들어 ({h!r}, {o!r}, {loss!r})에서는 강의의 "
        "규칙이 기울기와 같지 않습니다. dZ2 = (A2 − Y)·g'(Z2)가 A2 − Y로 줄어드는지 따져 "
        "보세요.",
    "The output layer's 10 biases are missing: every hidden AND output unit has its own bias.":
        "출력층의 편향 10개가 빠졌습니다. 은닉 뉴런과 출력 뉴런 모두 자기 편향이 하나씩 있습니다.",
    "The hidden layer's 64 biases are missing: every hidden AND output unit has its own bias.":
        "은닉층의 편향 64개가 빠졌습니다. 은닉 뉴런과 출력 뉴런 모두 자기 편향이 하나씩 있습니다.",
}
