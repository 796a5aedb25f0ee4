package org.mlworkbook.grading;

import com.google.gson.JsonObject;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * nbgrader's cell checksum ({@code nbgrader.utils.compute_checksum}), so nbgrader accepts our releases:
 * checksum = hex(MD5(source ‖ cell_type ‖ str(is_grade) ‖ str(is_solution) ‖ str(is_locked) ‖ grade_id
 * [‖ str(float(points)) for grade cells])), every part UTF-8, booleans as Python writes them ("True"/"False"),
 * points as Python's {@code repr} of a float ("2.0", "0.5", "1e-05").
 */
public final class Checksums {
    private Checksums() {}

    /**
     * The checksum of one nbgrader cell.
     *
     * @param cell a cell with {@code metadata.nbgrader.grade_id}. Not modified.
     * @return 32 lower-case hex digits
     * @throws IllegalArgumentException "compute: cell expected nbgrader metadata with a grade_id, got …"
     */
    public static String compute(JsonObject cell) {
        String id = Notebooks.gradeId(cell);
        if (id == null)
            throw new IllegalArgumentException("compute: cell expected nbgrader metadata with a grade_id, got " + cell.get("metadata"));
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("compute: the JVM expected to provide MD5, got none", e);
        }
        StringBuilder text = new StringBuilder()
                .append(Notebooks.source(cell))
                .append(Notebooks.type(cell))
                .append(python(Notebooks.isGrade(cell)))
                .append(python(Notebooks.isSolution(cell)))
                .append(python(Notebooks.isLocked(cell)))
                .append(id);
        if (Notebooks.isGrade(cell)) text.append(pythonFloat(Notebooks.points(cell)));
        return HexFormat.of().formatHex(md5.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Python's {@code repr(float(x))}: the shortest digits that read back as x, positional for
     * 10⁻⁴ ≤ |x| &lt; 10¹⁶ (always with a fraction, "2.0"), otherwise scientific ("1e-05", "1.5e+16").
     *
     * @param x a finite number
     * @return its Python spelling
     * @throws IllegalArgumentException "pythonFloat: x expected a finite number, got NaN"
     */
    static String pythonFloat(double x) {
        if (!Double.isFinite(x)) throw new IllegalArgumentException("pythonFloat: x expected a finite number, got " + x);
        if (x == 0) return (1 / x < 0) ? "-0.0" : "0.0";
        BigDecimal value = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String digits = value.unscaledValue().toString();
        int exponent = digits.length() - 1 - value.scale();
        String sign = x < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = value.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    private static String python(boolean flag) {
        return flag ? "True" : "False";
    }
}
