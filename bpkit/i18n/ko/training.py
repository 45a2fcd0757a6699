"""Korean for the figures of a training run (bpkit.figures.training, notebook 07)."""
KO = {
    "step (epoch)": "단계(에포크)",
    "loss E": "손실 E",
    "training images": "학습 이미지",
    "test images": "테스트 이미지",
    "accuracy": "정확도",
    "epoch": "에포크",
    "predicted digit": "예측한 숫자",
    "true digit": "실제 숫자",
    "true digit → predicted digit": "실제 숫자 → 예측한 숫자",
}
