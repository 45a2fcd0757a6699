// The forward pass of a bpkit MLP in plain Java: no libraries, so this file drops into an
// Android app unchanged (add your app's `package` line). It reads bpkit's JSON model format
// (bpkit.export.to_json) and computes, layer by layer, out[k] = g(sum_q in[q] * W[q][k] + b[k]),
// the same three lines as bpkit's forward pass, in double precision.
//
//   MlpForward net = MlpForward.fromJson(jsonText);      // e.g. read from the app's assets/
//   double[] probs = net.classify(pixels);               // 64 intensities 0-16 -> 10 probabilities

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class MlpForward {
    private final double inputScale;
    private final double[][][] weights;   // weights[l][q][k]: layer l, input q, unit k
    private final double[][] biases;      // biases[l][k] (zeros when the net has no bias)
    private final String[] activations;

    private MlpForward(double inputScale, double[][][] weights, double[][] biases, String[] activations) {
        this.inputScale = inputScale;
        this.weights = weights;
        this.biases = biases;
        this.activations = activations;
    }

    /** Number of inputs the net expects (64 for the digits). */
    public int inputSize() { return weights[0].length; }

    /** Number of outputs (10 for the digits). */
    public int outputSize() { return weights[weights.length - 1][0].length; }

    /** The net's output for one raw input (multiplied by input_scale first). */
    public double[] classify(double[] raw) {
        if (raw.length != inputSize()) {
            throw new IllegalArgumentException("expected " + inputSize() + " inputs, got " + raw.length);
        }
        double[] x = new double[raw.length];
        for (int q = 0; q < raw.length; q++) x[q] = raw[q] * inputScale;
        for (int l = 0; l < weights.length; l++) {
            double[][] W = weights[l];
            double[] z = new double[W[0].length];
            for (int k = 0; k < z.length; k++) {
                double s = 0.0;
                for (int q = 0; q < x.length; q++) s += x[q] * W[q][k];   // net = inp @ W
                z[k] = s + biases[l][k];                                    //       + b
            }
            x = activate(activations[l], z);                                // out = g(net)
        }
        return x;
    }

    private static double[] activate(String name, double[] z) {
        double[] a = new double[z.length];
        switch (name) {
            case "sigmoid": for (int k = 0; k < z.length; k++) a[k] = 1.0 / (1.0 + Math.exp(-z[k])); break;
            case "tanh": for (int k = 0; k < z.length; k++) a[k] = Math.tanh(z[k]); break;
            case "relu": for (int k = 0; k < z.length; k++) a[k] = Math.max(z[k], 0.0); break;
            case "identity": System.arraycopy(z, 0, a, 0, z.length); break;
            case "softmax": {
                double max = Double.NEGATIVE_INFINITY, sum = 0.0;
                for (double v : z) max = Math.max(max, v);
                for (int k = 0; k < z.length; k++) { a[k] = Math.exp(z[k] - max); sum += a[k]; }
                for (int k = 0; k < z.length; k++) a[k] /= sum;
                break;
            }
            default: throw new IllegalArgumentException("unknown activation " + name);
        }
        return a;
    }

    // ---- reading the model ---------------------------------------------------------------

    /** Build the net from the text of a bpkit JSON model (format "bpkit-mlp", version 1). */
    @SuppressWarnings("unchecked")
    public static MlpForward fromJson(String text) {
        Object parsed = new Json(text).value();
        if (!(parsed instanceof Map) || !"bpkit-mlp".equals(((Map<String, Object>) parsed).get("format"))) {
            throw new IllegalArgumentException("not a bpkit-mlp model");
        }
        Map<String, Object> doc = (Map<String, Object>) parsed;
        if (((Number) doc.get("version")).intValue() != 1) throw new IllegalArgumentException("need version 1");
        List<Object> layers = (List<Object>) doc.get("layers");
        int n = layers.size();
        double[][][] W = new double[n][][];
        double[][] b = new double[n][];
        String[] g = new String[n];
        for (int l = 0; l < n; l++) {
            Map<String, Object> layer = (Map<String, Object>) layers.get(l);
            List<Object> rows = (List<Object>) layer.get("weights");
            W[l] = new double[rows.size()][];
            for (int q = 0; q < rows.size(); q++) W[l][q] = numbers((List<Object>) rows.get(q));
            int nOut = W[l][0].length;
            Object bias = layer.get("bias");
            b[l] = new double[nOut];                                     // "none": zeros
            if (bias instanceof Number) java.util.Arrays.fill(b[l], ((Number) bias).doubleValue()); // "shared"
            else if (bias instanceof List) b[l] = numbers((List<Object>) bias);                  // "unit"
            g[l] = (String) layer.get("activation");
        }
        return new MlpForward(((Number) doc.get("input_scale")).doubleValue(), W, b, g);
    }

    private static double[] numbers(List<Object> list) {
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((Number) list.get(i)).doubleValue();
        return out;
    }

    /** A minimal JSON reader: objects, arrays, numbers, strings, true, false, null. */
    private static final class Json {
        private final String s;
        private int i = 0;

        Json(String s) { this.s = s; }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') return object();
            if (c == '[') return array();
            if (c == '"') return string();
            if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
            if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
            if (s.startsWith("null", i)) { i += 4; return null; }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
            if (start == i) throw new IllegalArgumentException("bad JSON at character " + i);
            return Double.parseDouble(s.substring(start, i));   // exact for Python's repr
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            skip();
            if (s.charAt(i) == '}') { i++; return m; }
            while (true) {
                skip();
                String key = string();
                skip();
                expect(':');
                m.put(key, value());
                skip();
                if (s.charAt(i) == '}') { i++; return m; }
                expect(',');
            }
        }

        private List<Object> array() {
            List<Object> a = new ArrayList<>();
            i++;
            skip();
            if (s.charAt(i) == ']') { i++; return a; }
            while (true) {
                a.add(value());
                skip();
                if (s.charAt(i) == ']') { i++; return a; }
                expect(',');
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    if (e == 'u') { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    else b.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e);
                } else b.append(c);
            }
            i++;
            return b.toString();
        }

        private void expect(char c) {
            if (s.charAt(i) != c) throw new IllegalArgumentException("expected '" + c + "' at character " + i);
            i++;
        }

        private void skip() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }
    }
}
