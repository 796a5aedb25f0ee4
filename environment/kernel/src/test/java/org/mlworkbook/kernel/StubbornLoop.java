package org.mlworkbook.kernel;

/** Library code as the kernel sees it: not instrumented, deaf to interrupts, no calls into cell code. */
public final class StubbornLoop {
    private static volatile boolean released;

    private StubbornLoop() {
    }

    /** @return the number of turns, once {@link #release()} was called */
    public static long spin() {
        long turns = 0;
        while (!released) {
            turns++;
            Thread.interrupted();
        }
        return turns;
    }

    /** Lets every {@link #spin()} return. */
    static void release() {
        released = true;
    }
}
