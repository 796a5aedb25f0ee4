package org.mlworkbook.nn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mlworkbook.tensor.Tensor;

/**
 * The file format of {@link Layer#save}: the text {@value #MAGIC}, the version 1, the number of tensors, then for
 * each its name (modified UTF-8), rank, dimensions and values (big-endian doubles, row-major), written by
 * {@link DataOutputStream}. Doubles are stored exactly, so a loaded network predicts bit for bit as the saved one.
 */
final class StateFiles {

    static final String MAGIC = "MLWB-STATE";
    private static final int VERSION = 1;

    private StateFiles() {
    }

    /** Writes the tensors to a temporary file next to {@code file}, then moves it over {@code file} atomically. */
    static void write(Map<String, Tensor> state, Path file) {
        if (file == null) {
            throw new IllegalArgumentException("save: file expected a path, got null");
        }
        Path absolute = file.toAbsolutePath();
        try {
            Path directory = absolute.getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, absolute.getFileName().toString(), ".part");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeUTF(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(state.size());
                for (Map.Entry<String, Tensor> e : state.entrySet()) {
                    out.writeUTF(e.getKey());
                    int[] shape = e.getValue().shape();
                    out.writeInt(shape.length);
                    for (int d : shape) {
                        out.writeInt(d);
                    }
                    for (double v : e.getValue().data()) {
                        out.writeDouble(v);
                    }
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("save: could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads every tensor of a state file, by name, in file order. */
    static Map<String, Tensor> read(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("load: file expected a path, got null");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String magic = in.readUTF();
            int version = in.readInt();
            if (!MAGIC.equals(magic) || version != VERSION) {
                throw new IllegalArgumentException("load: file expected a " + MAGIC + " version " + VERSION
                        + " file written by Layer.save, got " + file + " starting with '" + magic + "' " + version);
            }
            int count = in.readInt();
            Map<String, Tensor> state = new LinkedHashMap<>();
            for (int t = 0; t < count; t++) {
                String name = in.readUTF();
                int[] shape = new int[in.readInt()];
                for (int a = 0; a < shape.length; a++) {
                    shape[a] = in.readInt();
                }
                Tensor value = Tensor.zeros(shape);
                double[] data = value.data();
                for (int i = 0; i < data.length; i++) {
                    data[i] = in.readDouble();
                }
                state.put(name, value);
            }
            return state;
        } catch (EOFException | java.io.UTFDataFormatException e) {
            throw new IllegalArgumentException("load: file expected a complete " + MAGIC + " file written by "
                    + "Layer.save, got " + file + ", which ends early or is not one", e);
        } catch (IOException e) {
            throw new UncheckedIOException("load: could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies loaded tensors into a layer's live tensors after checking that the names and shapes agree exactly;
     * nothing is copied if they do not.
     */
    static void copyInto(Map<String, Tensor> loaded, Map<String, Tensor> target, String source) {
        if (!loaded.keySet().equals(target.keySet())) {
            throw new IllegalArgumentException("load: " + source + " expected the tensors " + target.keySet()
                    + ", got " + loaded.keySet());
        }
        for (Map.Entry<String, Tensor> e : target.entrySet()) {
            Tensor from = loaded.get(e.getKey());
            if (!Arrays.equals(from.shape(), e.getValue().shape())) {
                throw new IllegalArgumentException("load: " + e.getKey() + " expected shape "
                        + e.getValue().shapeString() + ", got " + from.shapeString() + " in " + source);
            }
        }
        for (Map.Entry<String, Tensor> e : target.entrySet()) {
            double[] from = loaded.get(e.getKey()).data();
            System.arraycopy(from, 0, e.getValue().data(), 0, from.length);
        }
    }
}
