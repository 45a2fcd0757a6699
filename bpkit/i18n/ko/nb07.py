"""Korean for notebook 07 (the digits lab): its printed lines and tables."""
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
}
