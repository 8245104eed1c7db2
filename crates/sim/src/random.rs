//! Service times and arrivals drawn from one seeded generator, so a run repeats exactly.

use rand::Rng;
use rand_distr::{Exp1, StandardNormal};
use rand_pcg::Pcg64Mcg;

pub type SimRng = Pcg64Mcg;

pub fn seeded(seed: u64) -> SimRng {
    Pcg64Mcg::new(0xcafe_f00d_d15e_a5e5_u128 ^ (u128::from(seed) << 64 | u128::from(seed)))
}

/// A service-time distribution with its mean, in nanoseconds.
#[derive(Debug, Clone, Copy)]
pub enum Duration {
    Constant(f64),
    Exponential(f64),
    /// `exp(mu + sigma·N(0,1))`, with `mu` chosen so the mean is the one asked for.
    LogNormal {
        mu: f64,
        sigma: f64,
    },
}

impl Duration {
    pub fn new(distribution: &str, mean_ns: f64, sigma: f64) -> Duration {
        match distribution {
            "exponential" if mean_ns > 0.0 => Duration::Exponential(mean_ns),
            "lognormal" if mean_ns > 0.0 && sigma > 0.0 => Duration::LogNormal {
                mu: mean_ns.ln() - sigma * sigma / 2.0,
                sigma,
            },
            _ => Duration::Constant(mean_ns),
        }
    }

    pub fn mean(&self) -> f64 {
        match *self {
            Duration::Constant(mean) | Duration::Exponential(mean) => mean,
            Duration::LogNormal { mu, sigma } => (mu + sigma * sigma / 2.0).exp(),
        }
    }

    pub fn sample(&self, rng: &mut SimRng) -> f64 {
        match *self {
            Duration::Constant(mean) => mean,
            Duration::Exponential(mean) => {
                let unit: f64 = rng.sample(Exp1);
                unit * mean
            }
            Duration::LogNormal { mu, sigma } => {
                let normal: f64 = rng.sample(StandardNormal);
                (mu + sigma * normal).exp()
            }
        }
    }
}

/// The time until the next event of a Poisson process with this rate (per second), in ns.
pub fn exponential_gap(rng: &mut SimRng, rate_per_s: f64) -> f64 {
    let unit: f64 = rng.sample(Exp1);
    unit / rate_per_s * 1e9
}

pub fn chance(rng: &mut SimRng, probability: f64) -> bool {
    probability > 0.0 && (probability >= 1.0 || rng.gen::<f64>() < probability)
}
