"""Export a trained ``bp.MLP`` to ONNX or JSON, and turn a drawing into a digits sample."""
from .checks import SUPPORTED_ACTIVATIONS, ExportError
from .json_model import from_json, to_json
from .onnx_model import to_onnx
from .preprocess import DrawingError, to_digit_pixels

__all__ = ["to_onnx", "to_json", "from_json", "to_digit_pixels", "ExportError", "DrawingError",
           "SUPPORTED_ACTIVATIONS"]
