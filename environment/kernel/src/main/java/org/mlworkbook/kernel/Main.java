package org.mlworkbook.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kernel jar's entry point.
 * <ul>
 * <li>{@code java -jar mlworkbook-kernel.jar <connection-file>} runs the kernel for Jupyter.</li>
 * <li>{@code java -jar mlworkbook-kernel.jar install [--user | --sys-prefix | --prefix DIR]
 * [--classpath CP] [--no-cds]} installs the kernelspec {@code mlworkbook}.</li>
 * </ul>
 */
public final class Main {
    /** The hidden sub-command of the install's training start: start, run a cell, exit. */
    static final String WARM_UP = "warm-up";

    private static final String USAGE = "usage: java -jar mlworkbook-kernel.jar <connection-file>\n"
            + "       java -jar mlworkbook-kernel.jar " + InstallOptions.USAGE;

    private Main() {
    }

    /**
     * Runs the kernel, or a sub-command.
     *
     * @param args a connection file, or {@code install} and its options
     * @throws Exception when the kernel cannot start
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.err.println(USAGE);
            System.exit(args.length == 0 ? 2 : 0);
        } else if (args[0].equals("install")) {
            System.exit(install(Arrays.asList(args).subList(1, args.length)));
        } else if (args[0].equals(WARM_UP) && args.length == 1) {
            Logger.getLogger("").setLevel(Level.WARNING);
            warmUp();
            System.exit(0);
        } else if (args.length == 1) {
            runKernel(Path.of(args[0]));
            System.exit(0);
        } else {
            System.err.println("mlworkbook-kernel: arguments expected a connection file or install, got " + Arrays.toString(args));
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    private static void runKernel(Path connectionFile) throws Exception {
        WorkbookKernel kernel = new WorkbookKernel(KernelConfig.fromEnvironment(System.getenv()));
        Logger.getLogger("").setLevel(Level.WARNING);
        String connection = Files.readString(connectionFile, StandardCharsets.UTF_8);
        JupyterConnection jupyter = new PromptConnection(KernelConnectionProperties.parse(connection));
        kernel.becomeHandlerForConnection(jupyter);
        jupyter.connect();
        jupyter.waitUntilClose();
    }

    /** Touches what a kernel start and a first cell touch, for the class-data archive. */
    private static void warmUp() throws Exception {
        WorkbookKernel kernel = new WorkbookKernel(KernelConfig.fromEnvironment(System.getenv()));
        JupyterConnection jupyter = new PromptConnection(new KernelConnectionProperties(
                "127.0.0.1", 0, 0, 0, 0, 0, "tcp", "hmac-sha256", UUID.randomUUID().toString()));
        kernel.becomeHandlerForConnection(jupyter);
        jupyter.connect();
        kernel.eval("1 + 1");
        jupyter.close();
        kernel.complete("Math.ab", 7);
        kernel.isComplete("int x = 1;");
        kernel.onShutdown(false);
    }

    private static int install(List<String> args) {
        try {
            InstallOptions options = InstallOptions.parse(args, System.getenv());
            Path java = Path.of(System.getProperty("java.home"), "bin",
                    System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java");
            Path spec = new KernelSpecInstaller(java, runningJar()).install(options);
            System.out.println("Installed the kernelspec " + KernelSpecInstaller.NAME + " (\"" + KernelSpecInstaller.DISPLAY_NAME
                    + "\") in " + spec);
            return 0;
        } catch (IllegalArgumentException | IllegalStateException | java.io.IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private static Path runningJar() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("install: kernel jar expected a file location, got " + e.getInput(), e);
        }
    }
}
