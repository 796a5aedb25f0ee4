/**
 * Spiking neurons and networks (notebooks {@code 19-biological-neurons}, {@code 20-spiking-neuron-models},
 * {@code 21-synapses-and-spike-coding}, {@code 22-spiking-networks-and-stdp}). Time is in ms throughout.
 * <ul>
 *   <li>ODEs: {@link org.mlworkbook.snn.Integrator} (Euler, exponential Euler, RK4 with a fixed step and a
 *   stability check dt &lt; c·τ) over an {@link org.mlworkbook.snn.OdeSystem} dy/dt = f(t, y); input currents
 *   I(t) from {@link org.mlworkbook.snn.Currents}.</li>
 *   <li>Single neurons ({@link org.mlworkbook.snn.SpikingNeuron}, results in a
 *   {@link org.mlworkbook.snn.NeuronTrace}): {@link org.mlworkbook.snn.IntegrateAndFire} C·dV/dt = I;
 *   {@link org.mlworkbook.snn.LifNeuron} C·dV/dt = −(C/τ)(V − V₀) + I; {@link org.mlworkbook.snn.DimensionlessLif}
 *   τ_m·dv/dt = v_in − v with r = 1/(t_ref − τ_m ln(1 − 1/v_in)); {@link org.mlworkbook.snn.AdaptiveLif} with a
 *   dynamic threshold; {@link org.mlworkbook.snn.Izhikevich} dv/dt = 0.04v² + 5v + 140 − u + I,
 *   du/dt = a(bv − u); {@link org.mlworkbook.snn.HodgkinHuxley} with gates n⁴ and m³h.</li>
 *   <li>Spike trains, synaptic filters h(t) and s(t) = Σ h(t − t_p), Poisson sources, rate/latency/population
 *   codes, networks of LIF neurons with weight matrices and monitors, STDP
 *   Δw = A₊e^{−Δt/τ₊} or −A₋e^{−Δt/τ₋}: {@link org.mlworkbook.snn.SpikeTrain},
 *   {@link org.mlworkbook.snn.SynapticFilter}, {@link org.mlworkbook.snn.PoissonSource},
 *   {@link org.mlworkbook.snn.LifNetwork}, {@link org.mlworkbook.snn.Stdp}.</li>
 * </ul>
 */
package org.mlworkbook.snn;
