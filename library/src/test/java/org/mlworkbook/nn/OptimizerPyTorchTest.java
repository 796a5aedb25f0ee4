package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.tensor.Tensor;

/**
 * Five steps on f(w) = ½wᵀAw, A = [[3, 1], [1, 2]], from w = (2, −3) with weight decay 0.01, against PyTorch 1.13
 * (float64, Debian python3-torch), made by:
 * <pre>
 * w = torch.tensor([[2.], [-3.]], requires_grad=True); opt = torch.optim.Adam([w], lr=0.05, weight_decay=0.01)
 * for _ in range(5): opt.zero_grad(); (0.5 * (w.T @ (A @ w)).sum()).backward(); opt.step()
 * </pre>
 */
class OptimizerPyTorchTest {

    private static double[] fiveSteps(Function<List<Var>, Optimizer> make) {
        Var w = Var.of(Tensor.of(new double[][] {{2}, {-3}}));
        Optimizer optimizer = make.apply(List.of(w)).weightDecay(0.01);
        for (int t = 0; t < 5; t++) {
            optimizer.zeroGrad();
            Params.quadratic(w).backward();
            optimizer.step();
        }
        return w.value().toArray();
    }

    @Test
    void sgdMatchesPyTorch() {
        assertArrayEquals(new double[] {0.9064498855084979, -1.441869427512997},
                fiveSteps(p -> new Sgd(p, 0.1)), 1e-12);
    }

    @Test
    void momentumMatchesPyTorch() {
        assertArrayEquals(new double[] {-0.6399407434843023, 0.8536298076962038},
                fiveSteps(p -> new Sgd(p, 0.1).momentum(0.9)), 1e-12);
    }

    @Test
    void nesterovMatchesPyTorch() {
        assertArrayEquals(new double[] {-0.5827071480026068, 0.8873326622157043},
                fiveSteps(p -> new Sgd(p, 0.1).momentum(0.9).nesterov(true)), 1e-12);
    }

    @Test
    void adaGradMatchesPyTorch() {
        assertArrayEquals(new double[] {0.7728644045811571, -1.5355033412884072},
                fiveSteps(p -> new AdaGrad(p, 0.5)), 1e-12);
    }

    @Test
    void rmsPropMatchesPyTorch() {
        // torch.optim.RMSprop(lr=0.01, alpha=0.9)
        assertArrayEquals(new double[] {1.894831561723738, -2.894027277607109},
                fiveSteps(p -> new RmsProp(p, 0.01).decay(0.9)), 1e-12);
    }

    @Test
    void adamMatchesPyTorch() {
        assertArrayEquals(new double[] {1.750887409628634, -2.7502941837612047},
                fiveSteps(p -> new Adam(p, 0.05)), 1e-12);
    }
}
