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
 * Rewrites cell classes so that every loop can be cancelled: before each backward jump (the
 * jump that closes a loop) it inserts {@code INVOKESTATIC CancellationPoint.poll()}. The call
 * takes and leaves no operands, so stack sizes and stack-map frames stay valid as they are.
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
                return new PollingMethodVisitor(super.visitMethod(access, name, descriptor, signature, exceptions));
            }
        }, 0);
        return writer.toByteArray();
    }

    /** Inserts the poll before jumps to a label that was already placed, i.e. backward jumps. */
    private static final class PollingMethodVisitor extends MethodVisitor {
        private final Set<Label> placed = new HashSet<>();

        PollingMethodVisitor(MethodVisitor next) {
            super(Opcodes.ASM9, next);
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
                super.visitMethodInsn(Opcodes.INVOKESTATIC, POLL_OWNER, "poll", "()V", false);
            }
        }
    }
}
