// Runs MlpForward on many inputs, for the test and the notebook:
//   java Main model.json inputs.txt     (one sample a line, numbers separated by spaces)
// prints one line per sample: the outputs, each as Java's shortest exact double (Double.toString).

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

public final class Main {
    public static void main(String[] args) throws Exception {
        MlpForward net = MlpForward.fromJson(new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
            if (line.trim().isEmpty()) continue;
            String[] parts = line.trim().split("\\s+");
            double[] x = new double[parts.length];
            for (int q = 0; q < x.length; q++) x[q] = Double.parseDouble(parts[q]);
            double[] y = net.classify(x);
            for (int k = 0; k < y.length; k++) out.append(k == 0 ? "" : " ").append(y[k]);
            out.append('\n');
        }
        System.out.print(out);
    }
}
