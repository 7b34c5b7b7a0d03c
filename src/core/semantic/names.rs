//! The hasher of the semantic model's name maps (each scope's bindings, `global` and
//! `nonlocal` names). The standard library's SipHash resists keys chosen to collide, at some
//! 20 instructions a byte; the model hashes every name it binds and resolves (a few per line),
//! which took 2% of the analysis of a large module (callgrind, `hash_one` and SipHash's
//! `write`). This is the multiply-rotate hash rustc uses for its own name tables (FxHash),
//! eight bytes a step, with the final rotation that brings the mixed high bits down to the
//! low bits hashbrown picks a bucket by. Iteration order does not depend on the hasher
//! anywhere it matters: with SipHash it differed in every process.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map from names, hashed by `NameHasher`.
pub type NameMap<V> = HashMap<String, V, BuildHasherDefault<NameHasher>>;

/// FxHash: for each word, rotate, xor and multiply by a constant with well-spread bits.
#[derive(Clone, Copy, Default)]
pub struct NameHasher(u64);

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl NameHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        let mut word = [0u8; 8];
        for chunk in &mut chunks {
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_differ_anywhere_hash_apart() {
        let hash = |name: &str| {
            let mut hasher = NameHasher::default();
            std::hash::Hash::hash(name, &mut hasher);
            hasher.finish()
        };
        let names = [
            "pool",
            "pools",
            "pool_",
            "_pool",
            "p",
            "",
            "executor_1",
            "executor_2",
        ];
        let mut hashes: Vec<u64> = names.iter().map(|name| hash(name)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), names.len());
        let mut map = NameMap::default();
        map.insert("pool".to_string(), 1);
        assert_eq!(map.get("pool"), Some(&1));
        assert_eq!(map.get("pools"), None);
    }
}
