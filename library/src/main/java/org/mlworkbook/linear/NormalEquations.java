package org.mlworkbook.linear;

import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.linsol.qr.LinearSolverQrHouseCol_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.mlworkbook.tensor.Tensor;

/**
 * Least squares in one step. With the design matrix Z = [1 X] (the bias column of ones first, when the model fits
 * an intercept) and θ = [b, w₁, …, w_d], the minimum of ‖y − Zθ‖² + α‖w‖² solves the normal equations
 * <pre>
 *   (ZᵀZ + αP) θ = Zᵀy,      P = the identity with 0 for the intercept (the intercept is not penalised)
 * </pre>
 * α = 0 is ordinary least squares, θ = (ZᵀZ)⁻¹Zᵀy. Both ways below solve the same equations with EJML.
 *
 * <p>Pitfall: if a column of Z is a linear combination of the others (a duplicated or constant feature, fewer rows
 * than unknowns), ZᵀZ is singular and θ is not unique; the solve then fails with a message naming the column.
 * Ridge's α &gt; 0 makes the system solvable again.
 */
public enum NormalEquations implements Solver {

    /**
     * Forms ZᵀZ + αP in one pass over the data, factors it as L·Lᵀ (Cholesky) and solves two triangular systems.
     * Fast; errors grow with κ(Z)², the squared condition number.
     */
    CHOLESKY,

    /**
     * Factors Z = Q·R (Householder QR; for α &gt; 0, Z with the rows √α·P below it and y with zeros) and solves
     * R·θ = Qᵀy, never forming ZᵀZ. Slower; errors grow with κ(Z) only, so it copes with nearly dependent columns.
     */
    QR;

    /**
     * A column k counts as dependent when the part of it that the columns before it do not explain is this small:
     * pivotₖ² ≤ tolerance·‖zₖ‖², i.e. 1 − R²ₖ ≤ 1e-12 (pivotₖ = Lₖₖ of Cholesky, Rₖₖ of QR).
     */
    static final double DEPENDENCE_TOLERANCE = 1e-12;

    /**
     * θ for the normal equations of the class comment.
     *
     * @param x n×d features, checked by the caller. Not modified.
     * @param y n targets, checked by the caller. Not modified.
     * @return [b, w₁, …, w_d] with an intercept, else [w₁, …, w_d]
     * @throws IllegalArgumentException if the system is singular, naming the first dependent column
     */
    double[] solve(Tensor x, double[] y, double alpha, boolean fitIntercept) {
        int p = x.cols() + (fitIntercept ? 1 : 0);
        if (alpha == 0 && x.rows() < p) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "fit: x expected at least %d rows for %d unknowns, got %d rows %s: the normal equations are "
                    + "singular (more unknowns than equations); use more rows, fewer features, or Ridge with alpha > 0",
                    p, p, x.rows(), x.shapeString()));
        }
        return this == CHOLESKY ? cholesky(x, y, alpha, fitIntercept) : qr(x, y, alpha, fitIntercept);
    }

    private static double[] cholesky(Tensor x, double[] y, double alpha, boolean fitIntercept) {
        double[][] system = Gram.of(x, y).system(alpha, fitIntercept);
        int p = system[1].length;
        DMatrixRMaj a = DMatrixRMaj.wrap(p, p, system[0]);
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(p, true);
        if (!chol.decompose(a.copy())) {
            throw singular(firstDependentColumn(a), fitIntercept, alpha);
        }
        DMatrixRMaj l = chol.getT(null);
        for (int k = 0; k < p; k++) {
            if (dependent(l.get(k, k), a.get(k, k))) {
                throw singular(k, fitIntercept, alpha);
            }
        }
        double[] theta = system[1];
        TriangularSolver_DDRM.solveL(l.data, theta, p);
        TriangularSolver_DDRM.solveTranL(l.data, theta, p);
        return theta;
    }

    private static double[] qr(Tensor x, double[] y, double alpha, boolean fitIntercept) {
        int n = x.rows();
        int d = x.cols();
        int off = fitIntercept ? 1 : 0;
        int p = d + off;
        int rows = alpha > 0 ? n + d : n;
        DMatrixRMaj z = new DMatrixRMaj(rows, p);
        DMatrixRMaj target = new DMatrixRMaj(rows, 1);
        for (int i = 0; i < n; i++) {
            if (fitIntercept) {
                z.data[i * p] = 1;
            }
            System.arraycopy(x.data(), i * d, z.data, i * p + off, d);
            target.data[i] = y[i];
        }
        for (int k = 0; rows > n && k < d; k++) {
            z.set(n + k, k + off, Math.sqrt(alpha));
        }
        double[] columnNorms = new double[p];
        for (int i = 0; i < z.data.length; i++) {
            columnNorms[i % p] += z.data[i] * z.data[i];
        }
        LinearSolverQrHouseCol_DDRM solver = new LinearSolverQrHouseCol_DDRM();
        solver.setA(z);
        DMatrixRMaj r = solver.getDecomposition().getR(null, true);
        for (int k = 0; k < p; k++) {
            if (dependent(r.get(k, k), columnNorms[k])) {
                throw singular(k, fitIntercept, alpha);
            }
        }
        DMatrixRMaj theta = new DMatrixRMaj(p, 1);
        solver.solve(target, theta);
        return theta.data;
    }

    /** pivot² ≤ tolerance·‖z‖², an all-zero column included. */
    private static boolean dependent(double pivot, double squaredNorm) {
        return pivot * pivot <= DEPENDENCE_TOLERANCE * squaredNorm;
    }

    /** The first k whose leading (k+1)×(k+1) block of the (symmetric, not positive definite) a is singular. */
    private static int firstDependentColumn(DMatrixRMaj a) {
        for (int k = 0; k < a.numRows; k++) {
            DMatrixRMaj lead = CommonOps_DDRM.extract(a, 0, k + 1, 0, k + 1);
            CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(k + 1, true);
            if (!chol.decompose(lead) || dependent(chol.getT(null).get(k, k), a.get(k, k))) {
                return k;
            }
        }
        return a.numRows - 1;
    }

    private static IllegalArgumentException singular(int unknown, boolean fitIntercept, double alpha) {
        String column = fitIntercept && unknown == 0 ? "the bias column"
                : "column " + (unknown - (fitIntercept ? 1 : 0)) + " of x (0-based)";
        String problem = unknown == 0 ? "is all zeros"
                : fitIntercept ? "is (nearly) a linear combination of the bias column and the columns before it"
                : "is (nearly) a linear combination of the columns before it";
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "fit: x expected linearly independent columns, got a singular system (XᵀX%s is not invertible): "
                + "%s %s; drop it, or use Ridge with %s",
                alpha > 0 ? " + αI" : "", column, problem, alpha > 0 ? "a larger alpha" : "alpha > 0"));
    }
}
