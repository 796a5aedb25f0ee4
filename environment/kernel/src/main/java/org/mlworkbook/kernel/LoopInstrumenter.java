package org.mlworkbook.kernel;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites cell classes so that their code can be cancelled: it inserts
 * {@code INVOKESTATIC CancellationPoint.poll()} before each backward jump (the jump that closes a
 * loop) and at the start of each method (so that a library loop calling back into a cell lambda
 * stops too). The call takes and leaves no operands, so stack sizes and stack-map frames stay
 * valid as they are. Constructors and class initialisers get no entry poll: a failed class
 * initialisation would break the snippet for good.
 */
final class LoopInstrumenter {
    private static final String POLL_OWNER = CancellationPoint.class.getName().replace('.', '/');

    private LoopInstrumenter() {
    }

    /**
     * Instruments one class file.
     *
     * @param classFile the class file bytes. Not modified.
     * @return the instrumented class file bytes
     */
    static byte[] instrument(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                boolean entryPoll = !name.equals("<init>") && !name.equals("<clinit>");
                return new PollingMethodVisitor(super.visitMethod(access, name, descriptor, signature, exceptions), entryPoll);
            }
        }, 0);
        return writer.toByteArray();
    }

    /** Inserts the poll at method entry and before jumps to a label already placed (backward jumps). */
    private static final class PollingMethodVisitor extends MethodVisitor {
        private final Set<Label> placed = new HashSet<>();
        private final boolean entryPoll;

        PollingMethodVisitor(MethodVisitor next, boolean entryPoll) {
            super(Opcodes.ASM9, next);
            this.entryPoll = entryPoll;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            if (entryPoll) {
                poll();
            }
        }

        @Override
        public void visitLabel(Label label) {
            placed.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            pollIfBackward(label);
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            pollIfBackward(dflt, labels);
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            pollIfBackward(dflt, labels);
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        private void pollIfBackward(Label dflt, Label... labels) {
            boolean backward = placed.contains(dflt);
            for (Label label : labels) {
                backward |= placed.contains(label);
            }
            if (backward) {
                poll();
            }
        }

        private void poll() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, POLL_OWNER, "poll", "()V", false);
        }
    }
}
